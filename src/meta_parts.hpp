// What the metadata phase of classify() (classify_meta.cpp: bylines, credits, captions) asks of its dates
// (classify_dates.cpp) and of the lines beside a name (byline_neighbours.cpp). Internal to the classify stage.
#pragma once

#include "dates.hpp"
#include "page.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace archive {

/// Takes the dates of a date line or a byline into the record: the first line giving a date gives its date, unless a
/// later one labels an earlier day as the publication's. `labelled` tells whether the record's date came with a label.
void take_dates(const DateLine& d, const std::string& line, Article& a, bool& labelled);
/// "Veröffentlicht: 05.01.2020 | Autor: Jane Roe | Abgelegt unter: Fotografie": the dates of a post's line of facts,
/// too many words for a date line, or nothing when the line is no such line.
std::optional<DateLine> post_facts_dates(std::string_view line, std::string_view language, DayOrder order);
/// "By Kay on 3 March 2021 | 12 Comments. This post may contain affiliate links.": whether a line's first fact, cut
/// off by a bar, is a date line (a post's line of facts, closed by a sentence of the site's).
bool opens_with_dated_fact(std::string_view line, std::string_view language, DayOrder order);
/// The date line at `i` signs a comment or stands in a list of dated teasers, references or comments.
bool dated_list(const Page& p, std::size_t i);
/// "This entry was posted on Monday, May 3rd, 2021 ... and is filed under Boats.": the day of the one sentence of the
/// page filing its post, marked as its date.
void filing_sentence_date(Page& p, DayOrder order, bool& labelled);
/// "19.10.2021, 15:30 Uhr Am Hafen ...": the day opening the text's first paragraph in the region [rs, re], given a
/// time, put in parentheses or set off by a dash.
void opening_paragraph_date(Page& p, std::size_t rs, std::size_t re);
/// The date line among the lines closing the text, under the region that ends at `re`, marked as the record's date.
void closing_date(Page& p, std::size_t re, DayOrder order, bool& labelled);
/// "Erstpublikation: 05.12.2026, 11:05 Uhr" / "Aktualisiert: 05.12.2026, 14:32 Uhr", "Publié le 3 mars 2026 à 9h05",
/// "First published on 3 March 2026": the day of publication a label prints among the text's last lines or under
/// them (the region [rs, re]): the record's published when the head gave none, or when the head's date, unlabelled
/// (`labelled` false), is later (then that date is the revision's: updated); an update's line beside it gives updated.
void closing_labelled_dates(Page& p, std::size_t rs, std::size_t re, DayOrder order, bool labelled);
/// "Notícia actualizada às 18h20", "Aggiornato alle 19:05": the update's line right under the text of a page dated
/// over it (the region ends at `re`), its time on the day published, read as `updated` (the line keeps no role).
void closing_update(Page& p, std::size_t re, DayOrder order);
/// "051634 DEC 26", "051423 Dez 26", "05-DIC-26 13:41": a wire's transmission stamp alone on its line among the last
/// lines of the page (wire copy's end), read as the day and time published; a day published without a time, the
/// same day's, gets the stamp's time.
void wire_stamp_date(Page& p, std::size_t re);
/// The ISO date and time of a wire's transmission stamp (the whole line), or nothing.
std::optional<std::string> wire_stamp(std::string_view line, std::string_view language);
/// "Follow", "Folgen", "Suivre": the button to follow the author, alone on its line (lexicon section follow_buttons).
bool follow_button(std::string_view line);
/// "Jane Roe - Apr 16, 2015", "3 March 2022 Jane Roe 6", "jroe — 2. Februar 2022": the author's name or handle that
/// the date line `i` (its dates `d`) prints beside its date with no byline word, when the page vouches for it.
std::optional<std::string> name_beside_date(const Page& p, std::size_t i, const DateLine& d);
/// The order of day and month that the page's dates of numbers read one way only prove, whatever its language.
DayOrder page_day_order(const Page& p);
/// "By", "Von:", "Texte": the block may be a byline word alone, byline_word(b.text); false when its first word (of
/// those segment() split) opens no byline word ("Menu", "Share", "Related"), which spares most short lines the test.
bool may_be_byline_word(const Block& b);
/// "Imprimé le 4 décembre 2026 à 09 h 12", "Printed on 3 December 2026", "Enregistré depuis lemonde.fr le 6 décembre
/// 2026", "Saved from example.com on December 6, 2026": a printer-friendly page's stamp of the day a reader printed it,
/// or a read-later view's of the day a reader saved it, a label of lexicon section print_stamp_labels opening the line
/// (`low`, lower-cased): no date of the article's (classify_meta.cpp; the closing lines' dates, classify_dates.cpp).
bool print_stamp(std::string_view low);
/// "Braga", "Sevilla", "Bourg-en-Bresse": line k, the place an author files from glued under the name: one or two
/// capitalised words alone (not a second name), no figure, no stop, no role yet.
bool filing_place_line(const Page& p, std::size_t k);
/// "Partilhar no Facebook" / "Compartir en WhatsApp": the first line from k on (up to `last`) past three share buttons
/// at most (share_button()), read as the page's lines or not yet.
std::size_t past_share_buttons(const Page& p, std::size_t k, std::size_t last);

} // namespace archive
