package cn.zfxxgk.report.render.ofd;

import java.util.List;

/** One page: its size in millimetres and what is drawn on it, in painting order. */
record OfdPage(double width, double height, List<Drawing> drawings) {}
