// The page's own name as a picture's credit ("Karin Hofer / NZZ", "Ouest-France", "... — N. Liponne / 20 Minutes"):
// the site's masthead, its domain and its copyright footer name it, and a credit may name it as it names an agency.
// Internal to the classify stage (classify_meta.cpp asks it; classify_head.cpp asks whether the line over the title is
// the site's name, names_own_site()), but for own_name_key(), which the quotes stage asks of a mention: classify()
// hands it the page's own names (own_names.hpp), and a mention spelling one names the paper itself.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace archive {

struct Page;

/// "ouestfrance", "nzz", "20minutes": the page's own name in the forms it prints, letters and figures alone,
/// lower-cased. `addressed`: the site of a URL or domain line near the top ("https://www.ouest-france.fr/...",
/// "www.letemps.ch") or among the last lines ("Source: https://www.letemps.ch/..."), the name after a copyright sign
/// and its year among the last lines ("© 2026 Le Temps"); `printed`: those and a short capitalised line among the
/// page's first three (its masthead: "NZZ", "20 minutes", though a wiki's title stands there too).
struct OwnNames {
    std::vector<std::string> addressed;
    std::vector<std::string> printed;
    bool empty() const { return printed.empty(); }
};
OwnNames own_names_of(const Page& p);

/// The names the quotes stage reads a mention against (extract_quotes(), own_names.hpp): the names the page's address,
/// copyright or footer give (OwnNames::addressed), and a masthead's among its first lines holding a figure ("20
/// Minuten", "24 heures"): a short line opening a page alone may be a title, "Angela Merkel", no paper's name.
std::vector<std::string> own_names_for_quotes(const OwnNames& names);

/// "Ouest-France" -> "ouestfrance", "20 Minutes" -> "20minutes": the letters and figures of a name, lower-cased, the
/// marks and spaces between them dropped (a domain writes the name without them): the form OwnNames holds.
std::string own_name_key(std::string_view name);

/// "Vallonnais", "Talspiegel", "La Voix du Val Vert": a line of one to six capitalised words (small words joining
/// them, masthead_joining_word()), no figure or stop, that is the name the page's address or its copyright line gives
/// (OwnNames::addressed: "© Vallonnais 2026", "© 2026 La Lagunare", "https://www.talspiegel.de/..."), compared
/// without accents, case, marks, the copyright's years and the article opening it: the site's own name, no topic's
/// label (a reader view prints it over the title).
bool names_own_site(std::string_view line, const OwnNames& names);

/// "Karin Hofer / NZZ", "Ouest-France", "Illustration / N. Liponne / 20 Minutes", "NZZ / Karin Hofer": a credit of
/// one to four pieces joined by slashes, one at either end the page's own name, the others capitalised names of four
/// words at most, eight words in all, no stop closing it. The site's name alone must be one its address or its
/// copyright names (OwnNames::addressed): a masthead's line alone may be a title printed again.
bool own_name_credit(std::string_view line, const OwnNames& names);

/// Line `i` is own_name_credit() right under the caption it credits: a line of four to forty words closed by a stop,
/// no blank line between them, and a paragraph of the text under the credit (a site's name printed under the text's
/// last paragraph is its footer).
bool own_name_credit_under_caption(const Page& p, std::size_t i, const OwnNames& names);
/// The shape own_name_credit_under_caption() asks of line `i` and the lines about it, the page's own name aside: a
/// first test that leaves the reading of the name (own_names_of) to the pages that have such a line.
bool credit_shaped_under_caption(const Page& p, std::size_t i);

/// "Les pompiers sont intervenus. — Illustration / N. Liponne / 20 Minutes": a caption of three words or more closed
/// after its last stop by own_name_credit() (a dash may open it) -> the caption (its stop kept) and the credit
/// (without the dash).
std::optional<std::pair<std::string, std::string>> own_name_credit_closing(std::string_view line,
                                                                           const OwnNames& names);
/// The shape own_name_credit_closing() asks of a line, the page's own name aside: no stop closing it, a stop and a
/// space among its last 120 bytes (the first test, as credit_shaped_under_caption()).
bool may_close_with_credit(std::string_view line);

} // namespace archive
