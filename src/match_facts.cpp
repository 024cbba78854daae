// The facts box of a match report under its text: the result line, then the rows of the stadium, the scorers and
// the line-ups.
#include "classify.hpp"
#include "page.hpp"

#include "text.hpp"

#include <string_view>

namespace archive {

namespace {

// "2-1", "0:3", "10-9": a score, one or two digits each side of a dash or a colon.
bool score(std::string_view t) {
    auto digits = [](std::string_view d) {
        return !d.empty() && d.size() <= 2 && text::is_digit(static_cast<unsigned char>(d.front())) &&
               text::is_digit(static_cast<unsigned char>(d.back()));
    };
    const std::size_t cut = t.find_first_of("-:");
    return cut != std::string_view::npos && digits(t.substr(0, cut)) && digits(t.substr(cut + 1));
}

} // namespace

bool result_line(std::string_view line) {
    // (The half-time score in parentheses, "(0-1)", "(1:1, 0:0)", comes off first.)
    std::string_view t = text::trim(line);
    const int most_words = 14;
    // (Most lines end in a letter or a stop: a score ends in a figure, a half-time score in its bracket.)
    if (t.empty() || (t.back() != ')' && !text::is_digit(static_cast<unsigned char>(t.back()))))
        return false;
    if (t.ends_with(')')) {
        const std::size_t open = t.rfind('(');
        if (open == std::string_view::npos || open == 0)
            return false;
        for (char c : t.substr(open + 1, t.size() - open - 2))
            if (!text::is_digit(static_cast<unsigned char>(c)) && c != '-' && c != ':' && c != ',' && c != ' ')
                return false;
        t = text::trim(t.substr(0, open));
    }
    const std::size_t space = t.rfind(' ');
    if (space == std::string_view::npos || !score(t.substr(space + 1)))
        return false;
    const std::string_view teams = t.substr(0, space);
    int words = 1;
    for (char c : teams)
        words += c == ' ';
    if (words > most_words)
        return false;
    // Two names around a dash between spaces, each opening with a capital.
    for (std::string_view dash : {" - ", " – ", " — "}) {
        const std::size_t at = teams.find(dash);
        if (at != std::string_view::npos && at > 0 && at + dash.size() < teams.size())
            return text::starts_upper(teams) && text::starts_upper(teams.substr(at + dash.size()));
    }
    return false;
}

namespace {

// "Buts: 12e Aeschbach 0-1.", "Montvert: Zbinden; Huber, Gashi ...", "Stade de la Pontaise-Neuve. 6'840
// spectateurs. Arbitre: Lorenzo Cattaneo.": a row of the facts box, labelled facts (a colon) or names parted by
// semicolons (a line-up), sixty words at most.
bool facts_row(const Block& b) {
    const int most_words = 60;
    if (b.words < 2 || b.words > most_words || b.urls > 0 || b.boilerplate || !text::starts_upper(b.text))
        return false;
    return b.text.find(": ") != std::string::npos || b.text.find("; ") != std::string::npos;
}

const std::size_t most_rows = 15;

} // namespace

bool match_facts_row(const Page& p, std::size_t k) {
    if (k + 1 < p.blocks.size() && result_line(p.blocks[k].text) && facts_row(p.blocks[k + 1]))
        return true;
    for (std::size_t j = k; j > 0 && k - j < most_rows && facts_row(p.blocks[j]); --j)
        if (result_line(p.blocks[j - 1].text))
            return true;
    return false;
}

std::size_t past_match_facts(const Page& p, std::size_t rs, std::size_t re) {
    const std::size_t n = p.blocks.size(), reach = 3;
    for (std::size_t k = re + 2 > reach ? re + 2 - reach : 0; k < n && k <= re + 1; ++k) {
        if (k < rs || !result_line(p.blocks[k].text))
            continue;
        std::size_t j = k + 1;
        while (j < n && j - k <= most_rows && facts_row(p.blocks[j]))
            ++j;
        // (The result line alone, with no row under it, is no box.)
        return j > k + 1 && j - 1 > re ? j - 1 : re;
    }
    return re;
}

} // namespace archive
