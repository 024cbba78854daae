// The dateline of a press release: the place (or places joined by a slash) and the day it was issued, opening its
// first paragraph or standing on a line of its own ("Weiden/Kaltenbrunn, 3. März 2025. Die ...", "Paris, le 3 mars
// 2025 – ...", "LONDON, March 3, 2025 /PRNewswire/ -- ...").
#pragma once

#include "archive/archive.hpp"
#include "classify.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace archive {

struct PressDateline {
    std::string place; ///< "Weiden/Kaltenbrunn", "LONDON"
    std::string iso;   ///< the day, ISO 8601
};

/// The place and the day opening `paragraph`: capitalised words (a slash may join places), a comma, the date (after
/// an article, "le", "am"), then a full stop, a dash or a wire's name between slashes and a dash, and the text or the
/// line's end. Nothing for any other line.
std::optional<PressDateline> press_dateline(std::string_view paragraph, std::string_view language);

/// "Linz – Die Ambulanz ...", "Wien - Der Gemeinderat ...", "Chiavenna - Il sindaco ...": a place printed in small
/// letters, one capitalised word (a hyphen or a slash may join two) and a dash opening the first paragraph of a page
/// in a language that prints its datelines so (an Austrian or Swiss agency's, an Italian, Spanish or Portuguese local
/// paper's, whose text then opens with an article), a sentence of six words at least after it; the place, or nothing
/// for any other line or language.
std::optional<std::string> small_place_dash(std::string_view paragraph, std::string_view language);

/// "Hannover. Der Landtag hat ...", "Graz. Die Stadt ...": a place printed in small letters, one capitalised word (a
/// hyphen or a slash may join two) of no language's stopwords and no label ("Fazit. Der ...", "Achtung. Die ..."),
/// closed by a full stop opening the first paragraph of a page in a language whose regional papers print their
/// datelines so (lexicon section place_stop_languages), a sentence of six words at least after it; the place, or
/// nothing for any other line or language.
std::optional<std::string> small_place_stop(std::string_view paragraph, std::string_view language);

/// "Ciudad de México.- Un sismo ...", "Guadalajara.– Las autoridades ...": the place of a Mexican, Central American or
/// Caribbean paper, capitalised words glued to a full stop and a dash (".-", ".–", ".—"), a space and a sentence of six
/// words at least; the place, or nothing for any other line. (In capitals, "CIUDAD DE MÉXICO.-", it is
/// plain_dateline()'s.)
std::optional<std::string> stop_dash_place(std::string_view paragraph);

/// "WASHINGTON —", "LONDON (Reuters) -", "CNN —", "CHENNAI:": a dateline printed alone on its line (`line`) over the
/// paragraph it opens (`next`): the dateline read from the two joined, when it is the whole line; nothing for any other
/// line. (Defined in datelines.cpp.)
std::optional<DatelineTag> own_line_dateline(std::string_view line, std::string_view next);

/// "RIO", "AIX", "ELY": a word of capitals (ASCII) read as a word, a vowel among them and no two other letters in a
/// row; "CDU", "SPD", "PSG" are initials spelled out. (Defined in datelines.cpp.)
bool syllabic_capitals(std::string_view w);

/// The dateline opening the body's first paragraph (dateline_tag()), unless it is a place in capitals closed by a colon
/// ("BENGALURU: The ...") on a page where two other paragraphs open so too: those are a transcript's or an
/// interview's turns ("COOPER: Good evening ...", "ROE: Thank you ..."), their heads speakers, no places. (Defined in
/// datelines.cpp, beside dateline_tag().)
std::optional<DatelineTag> body_dateline(const std::vector<Section>& sections);

} // namespace archive
