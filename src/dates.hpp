// Dates printed on pages ("Publié le 25 octobre 2016 à 14h32", "Aktualisiert am 12.03.2024, 14:05",
// "April 5, 2018 | 6:00 PM") -> ISO 8601.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "words.hpp"

namespace archive {

/// What a line says about dates.
struct DateLine {
    std::optional<std::string> published; ///< ISO 8601, "2016-10-25T14:32" or "2016-10-25"
    std::optional<std::string> updated;
    bool published_labelled = false; ///< a label says `published` is the day of publication ("Veröffentlicht am")
    bool relative = false;  ///< a relative date ("2 hours ago", "il y a 3 heures") was seen and left null
    bool is_date_line = false; ///< the line is essentially a date (labels, dates, times, separators; maybe a byline)
    std::string rest;       ///< the words of a date line that are neither dates nor labels ("by IWB"); empty
                            ///< for other lines
};

/// The order of a date of numbers ("12/04/2020"): the language's (an English page writes the month first), or the
/// one the page's other dates prove ("16/04/2020": the day first).
enum class DayOrder { by_language, day_first, month_first };

/// What the dates of numbers in `text` prove about their order, added to the counts: a first number over 12 proves
/// the day first ("16/04/2020"), a second one over 12 the month first ("04/16/2020"). `either`, when given, counts
/// the dates that read both ways ("02/10/2020": two different numbers up to 12).
void count_day_order(std::string_view text, int& day_first, int& month_first, int* either = nullptr);

/// Whether a line's lower-cased words end with a unit of time, a relative date's marker or the day before ("vor
/// einer Stunde", "an hour ago", "Updated yesterday"): a line without a digit whose words do not holds no relative
/// date in words, and is not read for one.
bool names_relative_time(text::Words lower_words);

/// Reads the dates of a line. `language` guides day/month order ("en": 3/4/2020 is March 4) unless `order` says it.
DateLine read_dates(std::string_view line, std::string_view language, DayOrder order = DayOrder::by_language);

/// "Aggiornato alle 10:40", "Updated at 9:15 a.m.": a line that is an update's label and a time with no day -> the
/// time as "T10:40" (to put after the day published over it); nothing for any other line.
std::optional<std::string> update_time_alone(std::string_view line);
/// "Publiziert: 10:14 Uhr", "Publié à 10h12", "Aktualisiert: 16:20 Uhr": a line that is a publication's or an update's
/// label and a time with no day (the day the page was read) -> the time as "T10:14"; nothing for any other line.
std::optional<std::string> labelled_time_alone(std::string_view line);
/// "14:52", "10.42 Uhr", "9:15 am": a clock time alone on its line (fillers of a date line around it, no label, no
/// day) -> "THH:MM"; nothing for any other line.
std::optional<std::string> clock_time_alone(std::string_view line);

/// A date opening a line ("1. Februar 2022 Bundesministerin ...", "27.01.2022Jahresbericht ...", "Friday,
/// March 4, 2022 10:15 The ferry ..."), a weekday and a time with it: its ISO 8601 form and the byte offset where
/// the words after it begin.
struct LeadingDate {
    std::string iso;
    std::size_t end = 0;
};
std::optional<LeadingDate> leading_date(std::string_view line, std::string_view language);

/// "Posted on 3 March 2024 by Jane Roe in News", "Veröffentlicht am 3. März 2024 von Anna Muster in Allgemein": a date
/// label opening the line (opens_with_date_label()), then a date: that date as leading_date() reads it, its `end`
/// counted from the line's start.
std::optional<LeadingDate> labelled_leading_date(std::string_view line, std::string_view language);

/// Whether lower-cased words (a line's, split at white space) open with the label of a date: a phrase of the
/// lexicon's published or updated sections in any language ("published on", "aktualisiert am", "mis à jour le"), its
/// last word standing alone or with a colon glued to it ("updated: 3 May", "stand:12.03.2024"). Four words are
/// enough (the longest label's).
bool opens_with_date_label(std::span<const std::string_view> lower_words);

/// Whether the first absolute date of a line stands amid its words, a word that is no filler of a date line before it
/// and one after it ("Vote on the harbour budget on 3 May 2021 postponed", "Hafenfest am 3. Mai 2021 abgesagt").
bool date_amid_words(std::string_view line, std::string_view language);

/// "lecture 3 min.", "lectura: 4 min", "lettura 3 minuti", "reading: 5 mins": a lower-cased short line that is a
/// reading time's label (lexicon section reading_time_labels), a colon perhaps, then a figure and a unit of minutes
/// (lexicon section minute_unit_words), its dot perhaps, and nothing else.
bool reading_time_label_line(std::string_view low);

/// "11 min read", "Lesezeit: 4 Min.", "Ten artykuł przeczytasz w 4 minuty": whether a lower-cased text holds a phrase of
/// the lexicon section reading_time (the article's reading time, printed beside its date or its author).
bool reading_time_phrase(std::string_view low);

/// "wo", "Mi", "mer", "Wed", "mié", "śr": whether a word is a weekday's short form, the first two to four letters of a
/// weekday of the language (lexicon section weekdays; of any language when the language lists none), as a date line
/// prints it before the day ("wo 3 dec 2026", "Mi., 3. Dez. 2026"), or a form the language lists whole (lexicon
/// section weekday_short_forms: "pt." for "piątek"). Case and a closing dot or comma do not count.
bool weekday_short_form(std::string_view word, std::string_view language);

/// The first absolute date in a text, ISO 8601, or nothing.
std::optional<std::string> find_date(std::string_view line, std::string_view language);

/// "15/01/201614/01/2016", "1. November 20161. November 2016", "3.5.20214.5.2021": a short line of two dates glued
/// together, the year of the first touching the day of the second: a blog's post prints its day of publication and its
/// day of revision side by side, saved as text without a space between them. Such a pair is the post's own date, not
/// a teaser's or a comment's (they print one date each).
bool glued_date_pair(std::string_view line);

} // namespace archive
