/**
 * Secrets Manager {@code GetSecretValue} for sfn-tasks: {@link com.example.sfntasks.secrets.GetSecretValue} and its
 * provider ({@code aws-sdk:secretsmanager:getSecretValue}).
 */
package com.example.sfntasks.secrets;
