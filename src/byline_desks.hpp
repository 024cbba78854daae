// A byline naming a newsroom's desk, no person (bylines.cpp), for the rules reading a desk's line without a label, and
// the place a desk's line prints.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace archive {

struct Page;

/// "Staff", "WKVR News Staff", "Harbour Post Staff", "der Redaktion", "Redacción Nacional": the words after a byline's
/// label that sign the text with the newsroom, no person -> the desk as printed (without an opening article); nothing
/// for a person's name.
std::optional<std::string> desk_signature(std::string_view rest);

/// "Redacción / Ana Ruiz", "Anna Berg | Redaktion Sport", "Rédaction - Claire Monnier": a newsroom's desk
/// (desk_signature()) and a person's bare name (bare_name()) parted by one mark joining desks (lexicon section
/// desk_join_words) -> the name, which signs the text (the desk names nobody); nothing for any other line. (Defined in
/// byline_places.cpp.)
std::optional<std::string> name_beside_desk(std::string_view line);

/// "Luiza Menezes e Pedro Tavares — Rio de Janeiro" -> "Luiza Menezes e Pedro Tavares", "Ana Ruiz y Luis Gil - Madrid"
/// -> "Ana Ruiz y Luis Gil": a byline's names without the place the text was written in after a dash between spaces
/// closing them (one to four capitalised words, no agency, small words of a language between them), which names
/// nobody; other words as they are. (Defined in byline_neighbours.cpp.)
std::string_view without_closing_place(std::string_view names);

/// "Bilbao", "Rio de Janeiro", "Sant Cugat del Vallès" -> true: a place as a byline prints it, one to four
/// capitalised words (no figure, stop, colon or slash; no word of a language nor of a job title: "Envoyé spécial"),
/// small words of a language between them, no agency ("EFE"). (Defined in byline_neighbours.cpp.)
bool place_line(std::string_view place);

/// "Texto: Ana Ruiz" / "Bilbao" / "Domingo, 6 de diciembre 2026, 00:15", "<headline>" / "Ulm" / "Sonntag, 6. Dezember
/// 2026, 00:15 Uhr": a place alone on a line (place_line(), three words at most), glued over the page's date line,
/// the head's lines over it (the headline, the kicker, the lede, the byline or the photographer's credit printed
/// under it: "Fotografía: Ane Ruiz"; the page's boilerplate between), is the place the text was filed from, printed
/// in the byline's block: no heading of the text, it leaves the body. So is a place alone glued under the byline
/// ("Por Ana Ruiz" / "Valdora" / <the text>), a blank line under it, though no date line follows.
/// (Defined in byline_dates.cpp.)
void drop_place_over_date(Page& p);

/// "Red.", "Red", "réd": the newsroom's abbreviation signing an agency's text with it ("ATS/Red.", "Red./ATS") or
/// alone ("di Red"; lexicon section desk_abbreviation_words), a full stop closing it or not. (Defined in agencies.cpp.)
bool desk_abbreviation(std::string_view piece);

} // namespace archive
