// The check goal (bound to verify) runs the reviewers' rules on the four seeds under the POM's rule settings: the
// 信息处理费 error of 刚察 and the two titles raised to errors fail the build; the 总体情况 length rule is off; the
// other findings are warnings; the page of every finding is written.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("gangcha-2023.yaml:32:14: error: section 六 does not state the 信息处理费 (it says '无。')")
assert log.contains("balikun-2023.yaml:12:5: error: title '2023年巴里坤县人民政府信息公开工作年度报告' is not in the official form")
assert log.contains("huocheng-2023.yaml:9:5: error: title '霍城县2023年政府信息公开工作年度报告' is not in the official form")
assert !log.contains('[CONT-GEN-LENGTH]')
assert log =~ /\[WARNING\] \S*balikun-2023\.yaml:37:14: warning: section 五 does not say what will be done in 2024/
assert log.contains('[INFO] 4 reports checked: 3 errors, 12 warnings, 0 infos')
assert log.contains('BUILD FAILURE')
assert log.contains('3 problems in the reports:')
def page = new File(basedir, 'target/annual-report-check.html')
assert page.isFile()
def html = page.getText('UTF-8')
assert html.contains('<code>FEE-SEC6</code>') && html.contains('gangcha-2023.yaml')
return true
