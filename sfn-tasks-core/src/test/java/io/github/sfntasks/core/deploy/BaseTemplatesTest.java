package io.github.sfntasks.core.deploy;

import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.SfnTasksException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link DeploymentOptions#withBaseTemplate(Path)}: a template of the user's own, read from a file. */
class BaseTemplatesTest {

    @Test
    void yamlInTheLongFormIsReadAsTheSameTreeAsJson(@TempDir Path dir) throws Exception {
        Path yaml = Files.writeString(dir.resolve("t.yaml"), "Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n"
                + "Outputs:\n  Arn:\n    Value:\n      Fn::GetAtt: [Queue, Arn]\n");
        Path json = Files.writeString(dir.resolve("t.json"), "{\"Resources\": {\"Queue\": {\"Type\": \"AWS::SQS::Queue\"}},"
                + " \"Outputs\": {\"Arn\": {\"Value\": {\"Fn::GetAtt\": [\"Queue\", \"Arn\"]}}}}");
        assertEquals(DeploymentOptions.defaults().withBaseTemplate(json).baseTemplate(),
                DeploymentOptions.defaults().withBaseTemplate(yaml).baseTemplate());
    }

    @Test
    void aShortFormTagIsRefusedWithItsLineRatherThanReadAsText(@TempDir Path dir) throws Exception {
        // A YAML reader that knows no CloudFormation would read "!GetAtt Queue.Arn" as the text "Queue.Arn".
        Path yaml = Files.writeString(dir.resolve("t.yaml"), "Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n"
                + "Outputs:\n  Arn:\n    Value: !GetAtt Queue.Arn\n");
        SfnTasksException e = assertThrows(SfnTasksException.class, () -> DeploymentOptions.defaults().withBaseTemplate(yaml));
        assertEquals(ErrorCode.DEPLOYMENT_TEMPLATE, e.code());
        assertTrue(e.reason().startsWith("base template " + yaml + ":6:"), e::reason);
        assertTrue(e.reason().contains("!GetAtt") && e.reason().contains("long form"), e::reason);
    }

    @Test
    void aFileThatIsNoTemplateOrNotWellFormedIsAProblemNamingIt(@TempDir Path dir) throws Exception {
        Path list = Files.writeString(dir.resolve("list.json"), "[1, 2]");
        assertTrue(assertThrows(SfnTasksException.class, () -> DeploymentOptions.defaults().withBaseTemplate(list))
                .reason().contains("is not a template"));
        Path resources = Files.writeString(dir.resolve("resources.json"), "{\"Resources\": []}");
        assertTrue(assertThrows(SfnTasksException.class, () -> DeploymentOptions.defaults().withBaseTemplate(resources))
                .reason().contains("Resources an object"));
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"Resources\": {\n  \"Queue\": }\n}");
        SfnTasksException e = assertThrows(SfnTasksException.class, () -> DeploymentOptions.defaults().withBaseTemplate(broken));
        assertTrue(e.reason().startsWith("base template " + broken + ":2:"), e::reason);
        Path twice = Files.writeString(dir.resolve("twice.json"), "{\"Resources\": {}, \"Resources\": {}}");
        assertTrue(assertThrows(SfnTasksException.class, () -> DeploymentOptions.defaults().withBaseTemplate(twice))
                .reason().contains("Resources"));
    }

    @Test
    void aFileThatIsNotUtf8IsAProblemNamingIt(@TempDir Path dir) throws Exception {
        Path binary = Files.write(dir.resolve("t.yaml"), new byte[] {(byte) 0xff, (byte) 0xfe, 'R'});
        SfnTasksException e = assertThrows(SfnTasksException.class, () -> DeploymentOptions.defaults().withBaseTemplate(binary));
        assertTrue(e.reason().contains("is not UTF-8 text"), e::reason);
    }

    @Test
    void aMissingFileIsAnIoError(@TempDir Path dir) {
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> DeploymentOptions.defaults().withBaseTemplate(dir.resolve("missing.yaml")));
        assertInstanceOf(NoSuchFileException.class, e.getCause());
    }
}
