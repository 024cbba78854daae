// A topic's name printed as a label over a title, in Title Case (headline_rules.cpp): what the headline choice and
// the kicker rules of classify_kickers.cpp both read.
#pragma once

#include <cstddef>

namespace archive {

struct Block;
struct Page;

/// "Presupuestos Generales del Estado", "Budget of the Harbour Authority", "Streit um den Bundeshaushalt": a topic's
/// name of four or five words in Title Case, opened by a capital, no stop, figure or separator in it, not all in
/// capitals, and at least half of its words of content (no stopword of any language) opened by a capital.
bool title_case_topic(const Block& b);

/// "Le dossier : la réforme des retraites", "Das Thema: Wohnen in der Stadt", "The issue: housing": a topic the paper
/// opens, a label of lexicon section topic_labels before the line's only colon and a topic of one to six words after
/// it, eight words in all, no stop closing it: the kicker over the title, no title itself (topic_labels.cpp). ("The
/// issue: why councils cannot build fast enough to keep up", a title's clause after the label, is longer.)
bool topic_label_line(const Block& b);

/// "<deck> / Pedro Roe interviene este miércoles en el Congreso. / Pedro Roe interviene este miércoles en el
/// Congreso. CLAUDIO ROE / <byline>": the first line from line k on (k itself when no picture stands there) past the
/// lead picture's lines, three at most: a caption, a credit or a duplicate already read, a caption closed by its
/// credit (caption_closed_by_credit()), or its sentence printed alone over that credited copy.
std::size_t past_head_picture(const Page& p, std::size_t k);

} // namespace archive
