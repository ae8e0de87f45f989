// Either Graphviz's dot is on the PATH and the picture is SVG, or the goal said what to install and drew nothing;
// the build succeeds both ways (a missing optional tool is not a broken project).
def log = new File(basedir, 'build.log').text
def svg = new File(basedir, 'target/sfn-tasks/order.svg')
def dot = System.getenv('PATH').split(File.pathSeparator).any { new File(it, 'dot').canExecute() }
if (dot) {
    def text = svg.text
    assert text.contains('<svg')
    assert text.contains('Validate order')
} else {
    assert !svg.exists()
    assert log.contains("no SVG drawn: Graphviz's 'dot' must be on the PATH (Debian/Ubuntu: apt-get install graphviz")
}
return true
