// The build failed in the validate phase, with both problems of broken.yaml at once, each located.
def log = new File(basedir, 'build.log').text
assert log.contains('sfn-tasks-maven-plugin:') && log.contains(':validate (default) on project invalid-validate')
assert log.contains("2 problems in 1 workflow file")
assert log.contains("is added to the plugin as a <dependency> inside its <plugin> element")
// line 5 column 5: the Provider key naming an unknown type id (dynamodb:putItemm); line 15 column 7: the delay
// key, its value above the 900 seconds SQS allows (SendMessage DelaySeconds)
assert log =~ /broken\.yaml:5:5: state "Save order": Provider: no provider for "dynamodb:putItemm".*SFN-E025/
assert log =~ /broken\.yaml:15:7: state "Notify": delay: .*SFN-E010/
assert !new File(basedir, 'target/sfn-tasks').exists() // render (generate-resources) never ran
return true
