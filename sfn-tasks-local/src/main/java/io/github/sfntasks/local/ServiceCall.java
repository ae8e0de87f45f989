package io.github.sfntasks.local;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntasks.api.ApiStatus;

/**
 * One call of a mocked service, as a {@link MockAnswer} sees it.
 *
 * @param stateName the Task (or Map, for ItemReader/ResultWriter) state
 * @param resource the Resource ARN, such as {@code arn:aws:states:::lambda:invoke}
 * @param input what the state sends: its effective Parameters or Arguments
 * @param taskToken the task token for {@code .waitForTaskToken}, else null
 * @param invocation how many times this state called its service before in this execution (0 first)
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1")
public record ServiceCall(String stateName, String resource, JsonNode input, String taskToken, int invocation) {
}
