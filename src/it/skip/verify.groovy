// skip: nothing is rendered, and the log says why.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Rendering of reports is skipped (annualReport.skip).')
assert !new File(basedir, 'target/reports').exists()
return true
