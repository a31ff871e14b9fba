package cn.zfxxgk.report.cli;

import cn.zfxxgk.report.FileNames;
import cn.zfxxgk.report.model.Position;
import cn.zfxxgk.report.problem.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The report files a command line names, as every command that takes reports reads them: files as given, a folder as
 * its report files ({@link FileNames#reports}), and an error for each folder named that holds none — named, not
 * passed over: the user expected reports there.
 */
record ReportArguments(List<Path> reports, List<Problem> emptyFolders) {

    static ReportArguments of(List<Path> named) throws IOException {
        List<Path> reports = FileNames.reports(named);
        List<Problem> empty = FileNames.withoutReports(named, reports).stream()
                .map(folder -> Problem.error(FileNames.display(folder), Position.NONE, CliMessages.noReports()))
                .toList();
        return new ReportArguments(reports, empty);
    }
}
