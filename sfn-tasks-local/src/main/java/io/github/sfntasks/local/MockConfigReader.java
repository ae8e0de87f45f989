package io.github.sfntasks.local;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntasks.api.ErrorCode;


import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads Step Functions Local's mock configuration file format, as AWS documents it. */
final class MockConfigReader {

    private MockConfigReader() {
    }

    /**
     * @param config the file's JSON
     * @param stateMachine the name under StateMachines
     * @param testCase the name under its TestCases
     * @return state name to answer
     */
    public static Map<String, MockAnswer> read(JsonNode config, String stateMachine, String testCase) {
        JsonNode machines = config.path("StateMachines");
        if (!machines.isObject()) {
            throw bad("the mock configuration has no StateMachines object");
        }
        JsonNode machine = machines.get(stateMachine);
        if (machine == null) {
            throw bad("the mock configuration has no state machine \"" + stateMachine + "\" (it has "
                    + names(machines) + ")");
        }
        JsonNode cases = machine.path("TestCases");
        JsonNode tc = cases.get(testCase);
        if (tc == null) {
            throw bad("state machine \"" + stateMachine + "\" of the mock configuration has no test case \""
                    + testCase + "\" (it has " + names(cases) + ")");
        }
        JsonNode responses = config.path("MockedResponses");
        Map<String, MockAnswer> out = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = tc.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String responseName = e.getValue().asText();
            JsonNode mocked = responses.get(responseName);
            if (mocked == null) {
                throw bad("test case \"" + testCase + "\" maps state \"" + e.getKey() + "\" to the mocked response \""
                        + responseName + "\", which MockedResponses does not define (it has " + names(responses) + ")");
            }
            out.put(e.getKey(), answer(responseName, mocked));
        }
        return out;
    }

    private static MockAnswer answer(String responseName, JsonNode mocked) {
        List<int[]> ranges = new ArrayList<>();
        List<MockResponse> values = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = mocked.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            int from;
            int to;
            try {
                int dash = key.indexOf('-');
                from = Integer.parseInt(dash < 0 ? key : key.substring(0, dash));
                to = dash < 0 ? from : Integer.parseInt(key.substring(dash + 1));
            } catch (NumberFormatException x) {
                throw bad("mocked response \"" + responseName + "\": the invocation key \"" + key
                        + "\" is not a number (\"0\") or a range (\"1-2\")");
            }
            if (from < 0 || to < from) {
                throw bad("mocked response \"" + responseName + "\": the invocation range \"" + key + "\" is empty");
            }
            JsonNode v = e.getValue();
            MockResponse r;
            if (v.has("Return") && !v.has("Throw")) {
                r = MockResponse.returning(v.get("Return"));
            } else if (v.has("Throw") && !v.has("Return")) {
                JsonNode t = v.get("Throw");
                if (!t.path("Error").isTextual()) {
                    throw bad("mocked response \"" + responseName + "\" invocation \"" + key + "\": Throw needs Error");
                }
                r = MockResponse.failing(t.get("Error").asText(), t.hasNonNull("Cause") ? t.get("Cause").asText() : null);
            } else {
                throw bad("mocked response \"" + responseName + "\" invocation \"" + key
                        + "\" needs exactly one of Return or Throw");
            }
            ranges.add(new int[] {from, to});
            values.add(r);
        }
        return call -> {
            for (int i = 0; i < ranges.size(); i++) {
                if (call.invocation() >= ranges.get(i)[0] && call.invocation() <= ranges.get(i)[1]) {
                    return values.get(i);
                }
            }
            return null;
        };
    }

    private static String names(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(f -> out.add("\"" + f + "\""));
        return out.isEmpty() ? "none" : String.join(", ", out);
    }

    private static LocalExecutionException bad(String message) {
        return new LocalExecutionException(ErrorCode.MOCK_CONFIGURATION, message);
    }
}
