// render with <template>: the written template keeps the base template's resource and output, adds the machine
// under the logical id given, and fills the placeholders from the base template's resource. Expected values are
// CloudFormation's: Ref of an AWS::SQS::Queue is its URL, GetAtt Arn its ARN (AWS::SQS::Queue "Return values").
def yaml = new File(basedir, 'target/cloudformation/notify/template.yaml').text
assert yaml.contains('NotificationQueue:')
assert yaml.contains('QueueUrl:')
assert yaml.contains('Notifier:')
assert yaml.contains('NotifierRole:')

def sam = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/sam/notify/template.json'))
assert sam.Transform == 'AWS::Serverless-2016-10-31'
assert sam.Resources.NotificationQueue.Type == 'AWS::SQS::Queue'
assert sam.Outputs.QueueUrl.Value == [Ref: 'NotificationQueue']
def machine = sam.Resources.Notifier
assert machine.Type == 'AWS::Serverless::StateMachine'
assert machine.Properties.DefinitionSubstitutions.values().contains([Ref: 'NotificationQueue'])
// the grant names the queue's ARN: sqs:SendMessage on GetAtt NotificationQueue.Arn, written as Fn::Sub
def grants = groovy.json.JsonOutput.toJson(machine.Properties.Policies)
assert grants.contains('sqs:SendMessage')
assert grants.contains('${NotificationQueue.Arn}')
return true
