// render reads every file before it writes any: order.yaml is valid, broken.yaml is not, so nothing is written.
def log = new File(basedir, 'build.log').text
assert log.contains(':render (default) on project invalid-render')
assert log.contains('2 problems in 1 workflow file')
assert log =~ /broken\.yaml:5:\d+: state "Save order"/
assert !new File(basedir, 'target/sfn-tasks/order').exists()
return true
