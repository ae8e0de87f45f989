// The four goals ran in one build, at their default phases, and wrote what each one documents.
def out = new File(basedir, 'target/sfn-tasks')
def log = new File(basedir, 'build.log').text

assert log.contains('src/main/workflows/order.yaml: valid (12 states)') // order.yaml: 12 states, those inside the Parallel and the Map counted
assert log.indexOf('sfn-tasks-maven-plugin:' ) >= 0

def definition = new groovy.json.JsonSlurper().parse(new File(out, 'order/definition.asl.json'))
assert definition.StartAt == 'Validate order'
// region given, partition and account left out: their CloudFormation pseudo parameters
assert definition.States['Validate order'].Resource == 'arn:${AWS::Partition}:states:::lambda:invoke'
// 'Charge card' has payloadResponseOnly: its Resource is the function's ARN itself (AWS: "Invoke Lambda" with a
// function ARN as Resource), built in the region given and the placeholders of the parts left out
def charge = definition.States['Pay and reserve'].Branches[0].States['Charge card']
assert charge.Resource == 'arn:${AWS::Partition}:lambda:eu-west-1:${AWS::AccountId}:function:charge-card'

def policy = new groovy.json.JsonSlurper().parse(new File(out, 'order/policy.json'))
assert policy.Version == '2012-10-17'
assert policy.Statement.any { it.Action == 'lambda:InvokeFunction' || it.Action.contains('lambda:InvokeFunction') }

def dot = new File(out, 'order.dot').text
assert dot.startsWith('digraph "state machine" {')
assert dot.contains('Validate order')

def schema = new groovy.json.JsonSlurper().parse(new File(out, 'workflow.schema.json'))
assert schema['$schema'] == 'https://json-schema.org/draft/2020-12/schema'
// format cloudformation: AWS::StepFunctions::StateMachine and the role it runs as (AWS's CloudFormation reference),
// with the definition's strings that hold placeholders filled by DefinitionSubstitutions
def cfn = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/sfn-tasks-cfn/order/template.json'))
def types = cfn.Resources.values()*.Type
assert types.contains('AWS::StepFunctions::StateMachine')
assert types.contains('AWS::IAM::Role')
def sm = cfn.Resources.values().find { it.Type == 'AWS::StepFunctions::StateMachine' }
assert sm.Properties.RoleArn != null
assert sm.Properties.Definition != null || sm.Properties.DefinitionString != null
return true
