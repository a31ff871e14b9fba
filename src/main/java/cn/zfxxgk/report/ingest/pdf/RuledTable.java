package cn.zfxxgk.report.ingest.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * A table rebuilt from its ruling lines: the distinct x of its vertical rules and y of its horizontal rules make a
 * grid; two neighbouring grid positions belong to one (merged) cell when no rule separates them.
 */
final class RuledTable {

    private static final float SAME = 1.5f;

    final List<Float> xs;
    final List<Float> ys;
    /** The cell number of every grid position, {@code cell[row][column]}. */
    final int[][] cell;

    private RuledTable(List<Float> xs, List<Float> ys, int[][] cell) {
        this.xs = xs;
        this.ys = ys;
        this.cell = cell;
    }

    float top() {
        return ys.get(0);
    }

    float bottom() {
        return ys.get(ys.size() - 1);
    }

    float left() {
        return xs.get(0);
    }

    float right() {
        return xs.get(xs.size() - 1);
    }

    boolean contains(float x, float y) {
        return x >= left() - 0.5f && x <= right() + 0.5f && y >= top() - 0.5f && y <= bottom() + 0.5f;
    }

    /** The grid row and column a point falls in, or null outside. */
    int[] position(float x, float y) {
        int row = band(ys, y);
        int column = band(xs, x);
        return row < 0 || column < 0 ? null : new int[] {row, column};
    }

    private static int band(List<Float> edges, float v) {
        for (int i = 0; i + 1 < edges.size(); i++) {
            if (v >= edges.get(i) - 0.5f && v <= edges.get(i + 1) + 0.5f) {
                return i;
            }
        }
        return -1;
    }

    /** The tables the rules of one page make: groups of crossing rules with at least two of each direction. */
    static List<RuledTable> find(List<Rule> rules) {
        List<List<Rule>> groups = connected(rules);
        List<RuledTable> tables = new ArrayList<>();
        for (List<Rule> group : groups) {
            List<Rule> horizontal = group.stream().filter(Rule::horizontal).toList();
            List<Rule> vertical = group.stream().filter(r -> !r.horizontal()).toList();
            if (horizontal.size() < 2 || vertical.size() < 2) {
                continue;
            }
            List<Float> ys = distinct(horizontal.stream().map(Rule::at).toList());
            List<Float> xs = distinct(vertical.stream().map(Rule::at).toList());
            if (ys.size() < 2 || xs.size() < 2) {
                continue;
            }
            tables.add(new RuledTable(xs, ys, cells(xs, ys, horizontal, vertical)));
        }
        tables.sort((a, b) -> Float.compare(a.top(), b.top()));
        return tables;
    }

    private static int[][] cells(List<Float> xs, List<Float> ys, List<Rule> horizontal, List<Rule> vertical) {
        int rows = ys.size() - 1;
        int columns = xs.size() - 1;
        int[] parent = new int[rows * columns];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int r = 0; r < rows; r++) {
            float middleY = (ys.get(r) + ys.get(r + 1)) / 2;
            for (int c = 0; c + 1 < columns; c++) {
                float x = xs.get(c + 1);
                boolean ruled = vertical.stream().anyMatch(v -> Math.abs(v.at() - x) <= SAME && v.covers(middleY, 0));
                if (!ruled) {
                    union(parent, r * columns + c, r * columns + c + 1);
                }
            }
        }
        for (int c = 0; c < columns; c++) {
            float middleX = (xs.get(c) + xs.get(c + 1)) / 2;
            for (int r = 0; r + 1 < rows; r++) {
                float y = ys.get(r + 1);
                boolean ruled = horizontal.stream().anyMatch(h -> Math.abs(h.at() - y) <= SAME && h.covers(middleX, 0));
                if (!ruled) {
                    union(parent, r * columns + c, (r + 1) * columns + c);
                }
            }
        }
        int[][] cell = new int[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                cell[r][c] = find(parent, r * columns + c);
            }
        }
        return cell;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }

    private static List<Float> distinct(List<Float> values) {
        List<Float> sorted = new ArrayList<>(values);
        sorted.sort(Float::compare);
        List<Float> distinct = new ArrayList<>();
        for (float v : sorted) {
            if (distinct.isEmpty() || v - distinct.get(distinct.size() - 1) > SAME) {
                distinct.add(v);
            }
        }
        return distinct;
    }

    /** Groups of rules that touch or cross each other. */
    private static List<List<Rule>> connected(List<Rule> rules) {
        int n = rules.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (touch(rules.get(i), rules.get(j))) {
                    union(parent, i, j);
                }
            }
        }
        java.util.Map<Integer, List<Rule>> groups = new java.util.LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(rules.get(i));
        }
        return new ArrayList<>(groups.values());
    }

    private static boolean touch(Rule a, Rule b) {
        float slack = 2f;
        if (a.horizontal() == b.horizontal()) {
            return Math.abs(a.at() - b.at()) <= SAME && a.to() >= b.from() - slack && b.to() >= a.from() - slack;
        }
        Rule h = a.horizontal() ? a : b;
        Rule v = a.horizontal() ? b : a;
        return h.covers(v.at(), slack) && v.covers(h.at(), slack);
    }
}
