package cn.zfxxgk.report.rules;

import cn.zfxxgk.report.form.ActiveForm;
import cn.zfxxgk.report.form.ApplicationForm;
import cn.zfxxgk.report.form.ColumnKind;
import cn.zfxxgk.report.form.OfficialForm;
import cn.zfxxgk.report.form.RowForm;
import cn.zfxxgk.report.model.Cell;
import cn.zfxxgk.report.model.FormatVersion;
import cn.zfxxgk.report.model.Report;
import cn.zfxxgk.report.model.Table;
import cn.zfxxgk.report.model.TableKind;
import cn.zfxxgk.report.problem.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What this year's report must carry over from last year's: in table 三, for every column, 二、上年结转 this year =
 * 四、结转下年度继续办理 last year; and in the 2019 format's table 二, each 上一年项目数量 = last year's 上一年项目数量
 * plus last year's 本年增/减 (when both years use the 2019 form, the only one that carries item counts). A mismatch is a
 * warning at this year's cell naming last year's file, line and column. Cells that are lost (缺失) are not compared.
 */
final class CarryOverRule implements Rule {

    private static final Pattern CHANGE = Pattern.compile("^(增|\\+)?\\s*(\\d+)$|^(减|-|−|－)\\s*(\\d+)$");

    @Override
    public String id() {
        return "DATA-CROSSYEAR-CARRY";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public void check(RuleInput input, Findings findings) {
        input.lastYear().ifPresent(last -> check(last.report(), last.file(), input.report(), findings));
    }

    private static void check(Report last, String lastFile, Report current, Findings problems) {
        if (last.year() != current.year() - 1) {
            problems.add(current.agency().at(), RuleMessages.notConsecutive(current.year(), last.year()));
        }
        Optional<Table> thisApplications = current.table(TableKind.APPLICATIONS);
        Optional<Table> lastApplications = last.table(TableKind.APPLICATIONS);
        if (thisApplications.isPresent() && lastApplications.isPresent()) {
            ApplicationForm thisForm = OfficialForm.of(current.format()).applications();
            ApplicationForm lastForm = OfficialForm.of(last.format()).applications();
            List<Cell> carried = thisApplications.get().row(thisForm.carried().id());
            List<Cell> carriedOver =
                    lastApplications.get().row(lastForm.carriedOver().id());
            for (int i = 0; i < ApplicationForm.COLUMNS.size(); i++) {
                Cell now = carried.get(i);
                Cell before = carriedOver.get(i);
                if (known(now) && known(before) && now.number().compareTo(before.number()) != 0) {
                    problems.add(
                            now.at(),
                            RuleMessages.carryOver(
                                    ApplicationForm.COLUMNS.get(i), shown(now), shown(before), lastFile, before.at()));
                }
            }
        }
        if (current.format() == FormatVersion.F2019 && last.format() == FormatVersion.F2019) {
            projects(last, lastFile, current, problems);
        }
    }

    private static void projects(Report last, String lastFile, Report current, Findings problems) {
        Optional<Table> thisActive = current.table(TableKind.ACTIVE);
        Optional<Table> lastActive = last.table(TableKind.ACTIVE);
        if (thisActive.isEmpty() || lastActive.isEmpty()) {
            return;
        }
        ActiveForm form = OfficialForm.of(FormatVersion.F2019).active();
        for (RowForm row : form.rows()) {
            int change = row.columns().indexOf(ColumnKind.CHANGE);
            if (change != 1) {
                continue; // rows without 上一年项目数量, 本年增/减
            }
            Cell now = thisActive.get().row(row.id()).get(0);
            Cell before = lastActive.get().row(row.id()).get(0);
            Cell beforeChange = lastActive.get().row(row.id()).get(change);
            Optional<BigDecimal> delta = change(beforeChange);
            if (known(now) && known(before) && delta.isPresent()) {
                BigDecimal expected = before.number().add(delta.get());
                if (now.number().compareTo(expected) != 0) {
                    problems.add(
                            now.at(),
                            RuleMessages.projects(
                                    row.label(), shown(now), expected.toPlainString(), lastFile, before.at()));
                }
            }
        }
    }

    /** A 本年增/减 as a number: {@code 增 530} is 530, {@code 减1} and {@code -1} are −1, blank is 0. */
    private static Optional<BigDecimal> change(Cell cell) {
        if (cell.state() == Cell.State.BLANK) {
            return Optional.of(BigDecimal.ZERO);
        }
        if (cell.isLost()) {
            return Optional.empty();
        }
        Matcher m = CHANGE.matcher(cell.text().strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(m.group(2) != null ? new BigDecimal(m.group(2)) : new BigDecimal(m.group(4)).negate());
    }

    private static boolean known(Cell cell) {
        return !cell.isLost() && cell.number() != null;
    }

    private static String shown(Cell cell) {
        return cell.state() == Cell.State.BLANK ? "blank (0)" : cell.number().toPlainString();
    }
}
