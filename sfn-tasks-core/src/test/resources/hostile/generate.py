#!/usr/bin/env python3
"""Writes the large hostile workflow files of this folder (the small ones are written by hand).
Run it from this folder: python3 generate.py. See README.md for what each file is for."""
import json

def write(name, text):
    with open(name, "w", encoding="utf-8") as f:
        f.write(text)

# Issue 17 class 1: States.Array( x 2000, which once ended in a StackOverflowError.
call = "States.Array(" * 2000 + "$.x" + ")" * 2000
write("intrinsic-nested-2000.json", json.dumps({
    "StartAt": "Deep",
    "States": {"Deep": {"Type": "Pass", "Parameters": {"list.$": call}, "End": True}}}, indent=2) + "\n")

# 300 levels of arrays in a Pass state's Parameters: deeper than the reader's 256.
write("deep-arrays.json", '{\n  "StartAt": "Deep",\n  "States": {\n    "Deep": {"Type": "Pass", "End": true,\n'
      '      "Parameters": {"a": ' + "[" * 300 + "]" * 300 + '}}\n  }\n}\n')

# A Choice rule of Not nested 150 deep: within the reader's depth, beyond the condition limit (100).
rule = {"Variable": "$.x", "IsPresent": True}
for _ in range(149):
    rule = {"Not": rule}
rule["Next"] = "Done"
write("deep-condition.json", json.dumps({
    "StartAt": "Pick",
    "States": {"Pick": {"Type": "Choice", "Choices": [rule], "Default": "Done"},
               "Done": {"Type": "Succeed"}}}) + "\n")

# 80 Lambda functions with long names: a policy of more than 10,240 characters (white space not counted).
states = {}
for i in range(80):
    name = "Invoke %02d" % i
    states[name] = {"Type": "Task", "Provider": "lambda:invoke",
                    "Properties": {"lambdaFunction": "order-processing-pipeline-step-%02d-handler" % i}}
    if i < 79:
        states[name]["Next"] = "Invoke %02d" % (i + 1)
    else:
        states[name]["End"] = True
write("policy-too-large.json", json.dumps({"StartAt": "Invoke 00", "States": states}, indent=2) + "\n")

# Billion laughs: nine levels of ten aliases each, 10^9 nodes if expanded.
lines = ['a0: &a0 ["lol"]']
for i in range(1, 10):
    lines.append("a%d: &a%d [%s]" % (i, i, ", ".join(["*a%d" % (i - 1)] * 10)))
write("billion-laughs.yaml", "# Each level repeats the one before ten times: 10^9 strings if expanded.\n"
      + "StartAt: Done\nStates:\n  Done:\n    Type: Pass\n    End: true\n    Result:\n"
      + "".join("      " + l + "\n" for l in lines))

# Parallel states nested as deep as the reader's 256 levels allow (each level is a state, its Branches list, a
# branch, its States and the next state: 4 more levels), a Map at the bottom: reads, checks and renders without
# coming near the end of the stack.
inner = {"StartAt": "Leaf", "States": {"Leaf": {"Type": "Map", "ItemsPath": "$.items", "End": True,
         "ItemProcessor": {"StartAt": "Item", "States": {"Item": {"Type": "Pass", "End": True}}}}}}
levels = 0
while True:
    candidate = {"StartAt": "P%d" % levels, "States": {"P%d" % levels: {"Type": "Parallel", "End": True,
                 "Branches": [inner]}}}
    text = json.dumps(candidate)
    depth = max_depth = 0
    for c in text:
        if c in "[{":
            depth += 1
            max_depth = max(max_depth, depth)
        elif c in "]}":
            depth -= 1
    if max_depth > 256:
        break
    inner = candidate
    levels += 1
write("nested-parallel.json", json.dumps(inner) + "\n")
print("nested-parallel.json: %d Parallel levels" % levels)
