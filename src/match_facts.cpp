// The facts box of a match report under its text: the result line, then the rows of the stadium, the scorers and
// the line-ups.
#include "classify.hpp"
#include "goals_token.hpp"
#include "match_sections.hpp"
#include "page.hpp"

#include "lexicon.hpp"
#include "text.hpp"

#include <algorithm>
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

// (Found by the dash's first byte, which few bytes of a line are, not by the space before it, which a search for the
// whole dash would stop at after every word.)
std::size_t first_spaced_dash(std::string_view t) {
    std::size_t first = std::string_view::npos;
    for (std::size_t at = t.find('-'); at != std::string_view::npos; at = t.find('-', at + 1))
        if (at > 0 && t[at - 1] == ' ' && at + 1 < t.size() && t[at + 1] == ' ') {
            first = at - 1;
            break;
        }
    // (The en and em dashes, three bytes from 0xE2, before the hyphen's.)
    for (std::size_t at = t.find('\xE2'); at != std::string_view::npos && at < first; at = t.find('\xE2', at + 1)) {
        const std::string_view from = t.substr(at);
        if (at > 0 && t[at - 1] == ' ' && (from.starts_with("–") || from.starts_with("—")) && from.size() > 3 &&
            from[3] == ' ')
            return at - 1;
    }
    return first;
}

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

// "2 - Valdeluz: Moreno; ...": a line-up's row opened by the side's goals and a spaced dash (the Spanish "ficha
// técnica"); the row without them, or the whole line when it opens otherwise.
std::string_view past_row_goals(std::string_view t) {
    std::size_t digits = 0;
    while (digits < t.size() && text::is_digit(static_cast<unsigned char>(t[digits])))
        ++digits;
    if (digits == 0 || digits > 2)
        return t;
    for (std::string_view dash : {" - ", " – ", " — "})
        if (t.substr(digits, dash.size()) == dash)
            return t.substr(digits + dash.size());
    return t;
}

// "Buts: 12e Aeschbach 0-1.", "Montvert: Zbinden; Huber, Gashi ...", "Stade de la Pontaise-Neuve. 6'840
// spectateurs. Arbitre: Lorenzo Cattaneo.", "1 - Valdeluz: Moreno; Gil, Soto ...": a row of the facts box, labelled
// facts (a colon) or names parted by semicolons (a line-up, its side's goals before it or not), sixty words at most.
// ("Basel verliert den Klassiker – Trainer: «Wir waren zu naiv»", "Coach: \"We were naive\"": a colon opening a
// quotation gives a speaker's words, the title of the report under its result line, no row of facts.)
bool facts_row(const Block& b) {
    const int most_words = 60;
    if (b.words < 2 || b.words > most_words || b.urls > 0 || b.boilerplate ||
        !text::starts_upper(past_row_goals(b.text)))
        return false;
    const std::size_t colon = b.text.find(": ");
    if (colon != std::string::npos) {
        std::size_t at = colon + 2;
        if (at < b.text.size() && text::is_quote_mark(text::next_cp(b.text, at)))
            return false;
    }
    return colon != std::string::npos || b.text.find("; ") != std::string::npos;
}

const std::size_t most_rows = 15;

// "IL TABELLINO", "Le pagelle", "Telegramm", "Line-ups:": the label over a match report's box of facts or of its
// players' marks (lexicon section match_facts_labels), alone on its line, four words at most.
bool facts_label(const Block& b) {
    const int most_words = 4;
    if (b.words == 0 || b.words > most_words || b.digits > 0 || b.urls > 0)
        return false;
    static const LexiconSection& labels = any_language_section("match_facts_labels"); // (merged once)
    std::string_view low = b.lower;
    while (!low.empty() && (low.back() == ':' || low.back() == ' '))
        low.remove_suffix(1);
    return low.size() <= labels.longest && labels.has(low);
}

// "Meret 6 Poco impegnato.", "Dupont 7 Solide en défense.": a mark glued to the words on the player's game by a
// space alone, the words a sentence closed by its stop: where the mark ends (the name's words before it, four at
// most, each capitalised), npos when the line has no such shape.
std::size_t undashed_mark_end(const Block& b, std::size_t most_head) {
    const std::size_t most_name_words = 4;
    if (!b.end_punct)
        return std::string_view::npos;
    const std::string_view t = b.text;
    std::size_t at = 0;
    for (std::size_t words = 0; words <= most_name_words && at < t.size() && at <= most_head; ++words) {
        std::size_t end = t.find(' ', at);
        if (end == std::string_view::npos)
            return std::string_view::npos;
        const std::string_view word = t.substr(at, end - at);
        if (!word.empty() && text::is_digit(static_cast<unsigned char>(word[0])))
            return words > 0 && end + 1 < t.size() && text::starts_upper(t.substr(end + 1)) ? end
                                                                                            : std::string_view::npos;
        if (!text::starts_upper(word))
            return std::string_view::npos;
        at = end + 1;
    }
    return std::string_view::npos;
}

// "Rossi 7 – Sempre puntuale.", "Castellani (all.) 5,5 – Troppo prudente.", "Müller 2 - Hielt alles.": a player's
// mark in a box of marks, a name of four words at most, a mark of one or two digits (a half after a comma or a
// stop), then a dash between spaces and the words on his game.
bool mark_row(const Block& b) {
    const int most_words = 60;
    const std::size_t most_head = 48; // bytes before the dash: "Castellani (all. Castelbruno) 5,5"
    if (b.digits == 0 || b.words < 3 || b.words > most_words || b.urls > 0 || b.boilerplate ||
        !text::starts_upper(b.text))
        return false;
    // (The dash is looked for among the line's first bytes only.)
    const std::string_view t = std::string_view(b.text).substr(0, most_head + 5);
    std::size_t dash = first_spaced_dash(t);
    if (dash == std::string_view::npos || dash > most_head)
        dash = undashed_mark_end(b, most_head);
    if (dash == std::string_view::npos)
        return false;
    const std::string_view head = t.substr(0, dash);
    const std::size_t space = head.rfind(' ');
    if (space == std::string_view::npos || space == 0)
        return false;
    const std::string_view mark = head.substr(space + 1);
    auto digit = [mark](std::size_t k) { return k < mark.size() && text::is_digit(static_cast<unsigned char>(mark[k])); };
    std::size_t k = digit(1) ? 2 : 1;
    if (!digit(0) || (k == 2 && (mark[0] != '1' || mark[1] != '0'))) // (marks run up to 10)
        return false;
    if (k < mark.size() && (mark[k] == ',' || mark[k] == '.') && digit(k + 1))
        k += 2;
    return k == mark.size();
}

bool box_row(const Block& b) { return facts_row(b) || mark_row(b); }

// "Marcatori: 38' Sanna (B), 84' Oddone (B)", "Tore: 1:0 Brandt (12.)", "Buts : Diallo (58e)", "Scorers: Okafor 71,
// 79", "Goles: 1-0, m. 23, Mbappé": the scorers' row of a match's facts, a scorers' label (lexicon section
// match_scorers_labels) and its colon, then the minutes or the score, wherever it stands on the page.
bool scorers_row(const Block& b) {
    const int most_words = 60;
    const std::size_t most_label = 24; // bytes before the colon: "Torschützen", "Marcadores"
    if (b.digits == 0 || b.words < 2 || b.words > most_words || b.urls > 0 || !text::starts_upper(b.text))
        return false;
    const std::size_t colon = std::string_view(b.text).substr(0, most_label).find(':');
    if (colon == std::string_view::npos || colon == 0)
        return false;
    static const LexiconSection& labels = any_language_section("match_scorers_labels"); // (merged once)
    const std::string_view label = text::trim(std::string_view(b.lower).substr(0, colon));
    return label.size() <= labels.longest && labels.has(label);
}

// "2x1", "0X3": the Brazilian press's score, the goals either side of an x (the spaced "2 x 1" is read by the walk).
bool crossed_score(std::string_view w) {
    const std::size_t x = w.find_first_of("xX");
    return x > 0 && x <= 2 && x + 1 < w.size() && w.size() - x - 1 <= 2 &&
           w.find_first_not_of("0123456789", x + 1) == std::string_view::npos &&
           w.substr(0, x).find_first_not_of("0123456789") == std::string_view::npos;
}

// "Real Madrid 3 - 1 Atlético", "Lens 2-1 Marseille", "Rotweiß 3:1 Nordstadt", "Bellaria-Vertunno 2-1": a match's
// score between its two teams' names (or after the two names joined by a hyphen), nothing else on the line: the
// match's data over its report, no title. (A title that goes on after the score, "Bellaria-Vertunno 2-1: Sanna
// ribalta tutto", is no such line.) The Brazilian press puts an x between the goals: "FLAMENGO 2 X 1 PALMEIRAS".
bool score_between_teams(const Block& b) {
    const int most_words = 10;
    if (b.digits < 2 || b.digits > 4 || b.words > most_words || b.urls > 0 || b.end_punct ||
        !text::starts_upper(b.text))
        return false;
    std::size_t before = 0, after = 0, scores = 0, goals = 0;
    bool joined = false; // "Bellaria-Vertunno"
    for (std::string_view w : text::split_ws(b.text)) {
        const bool figure = goals_token(w);
        if (scores == 0 && figure && goals == 0) {
            goals = 1;
        } else if (goals == 1 && (w == "-" || w == "\u2013" || w == "\u2014" || w == ":" || w == "x" || w == "X")) {
            goals = 2;
        } else if (goals == 2 && figure) {
            goals = 0;
            ++scores;
        } else if (scores == 0 && goals == 0 && (score(w) || crossed_score(w))) {
            ++scores;
        } else if (goals == 0 && text::starts_upper(w) && !text::has_ascii_digit(w)) {
            if (scores == 0) {
                ++before;
                const std::size_t hyphen = w.find('-');
                joined = joined || (hyphen != std::string_view::npos && hyphen > 0 &&
                                    text::starts_upper(w.substr(hyphen + 1)));
            } else {
                ++after;
            }
        } else {
            return false;
        }
    }
    return scores == 1 && goals == 0 && before > 0 && (after > 0 || (joined && before == 1));
}

// "Valdeluz - Montvert 2-1", "Cruzeiro 2 x 1 Bahia": the match's result over the rows of its facts, the score after
// the two teams (result_line()) or between them (score_between_teams()).
bool score_row(const Block& b) { return result_line(b.text) || score_between_teams(b); }

// The last row of the box a facts_label() at `k` heads (rows right under it), or 0 when no row follows.
// ("FICHA TÉCNICA" / "Cruzeiro 2 x 1 Bahia" / "Local: Mineirão" / ...: the result may stand first under the label.)
std::size_t labelled_box_end(const Page& p, std::size_t k) {
    const std::size_t n = p.blocks.size();
    if (k >= n || !facts_label(p.blocks[k]))
        return 0;
    std::size_t j = k + 1;
    if (j + 1 < n && score_row(p.blocks[j]) && facts_row(p.blocks[j + 1]))
        ++j;
    while (j < n && j - k <= most_rows && box_row(p.blocks[j]))
        ++j;
    return j > k + 1 ? j - 1 : 0;
}

// "Player ratings / <marks> / Man of the match: Bruno Costa. / Opta stats / <sentence> / <sentence> / What's next? /
// <sentence> / Get the app / ...", "Le pagelle / <marks> / Il prossimo turno / <sentence>": the report goes on under
// its box of facts or marks, with sections of its own: a short heading (six words at most, a question's mark or none)
// over sentences. The last line of such sections right under the box's last line `end`, up to four of them, when
// one of their sentences at least is rated as text; `end` when none follows.
std::size_t sections_under_box(const Page& p, std::size_t end) {
    const std::size_t n = p.blocks.size(), most_sections = 4, most_paragraphs = 6;
    const int most_heading_words = 6;
    std::size_t last = end, k = end + 1;
    bool prose = false;
    for (std::size_t sections = 0; sections < most_sections && k + 1 < n; ++sections) {
        const Block& h = p.blocks[k];
        if (h.words == 0 || h.words > most_heading_words || h.urls > 0 || h.repeats > 0 || h.boilerplate ||
            p.terminator[k] || (h.end_punct && h.text.back() != '?') || !heading_like(h))
            break;
        std::size_t j = k + 1;
        while (j < n && j - k <= most_paragraphs && !p.terminator[j] && sentence_shape(p.blocks[j])) {
            prose = prose || textual(p.raw_quality[j]);
            ++j;
        }
        if (j == k + 1)
            break;
        last = j - 1;
        k = j;
    }
    return prose ? last : end;
}

} // namespace

bool match_facts_row(const Page& p, std::size_t k) {
    // (A scorers' row or a score between the teams is a match's fact on its own, over the report as under it.)
    if (k < p.blocks.size() && (scorers_row(p.blocks[k]) || score_between_teams(p.blocks[k])))
        return true;
    if (k + 1 < p.blocks.size() && result_line(p.blocks[k].text) && facts_row(p.blocks[k + 1]))
        return true;
    // (One walk up the rows: a result line over rows of facts, or a label over rows of facts or marks, "IL
    // TABELLINO / Arbitro: Rossi di Bari. / ...", "Le pagelle / Monti 6 – Sicuro.".)
    bool facts = true; // every row so far a row of facts
    for (std::size_t j = k; j > 0 && k - j < most_rows; --j) {
        facts = facts && facts_row(p.blocks[j]);
        if (!facts && !mark_row(p.blocks[j]))
            return false;
        if ((facts && score_row(p.blocks[j - 1])) || facts_label(p.blocks[j - 1]))
            return true;
    }
    return false;
}

bool match_facts_label(const Page& p, std::size_t k) { return labelled_box_end(p, k) > 0; }

namespace {

// past_match_facts() up to the boxes' last line; `boxed`: whether a labelled box took the region past `re`.
std::size_t past_match_boxes(const Page& p, std::size_t rs, std::size_t re, bool& boxed) {
    const std::size_t n = p.blocks.size(), reach = 3;
    for (std::size_t k = re + 2 > reach ? re + 2 - reach : 0; k < n && k <= re + 1; ++k) {
        if (k < rs || !score_row(p.blocks[k]))
            continue;
        std::size_t j = k + 1;
        while (j < n && j - k <= most_rows && facts_row(p.blocks[j]))
            ++j;
        // (The result line alone, with no row under it, is no box.)
        if (j > k + 1 && j - 1 > re)
            re = j - 1;
        break;
    }
    // "... ha detto il tecnico. / Leggi anche: <title> / IL TABELLINO / <rows> / Le pagelle / <marks>": boxes under
    // a label, the first a line or two under the region (a link between them), the next right under the one before.
    // ("... / IL TABELLINO / <rows>": the region may close with the box already, taken in by its own rules, or with
    // its first rows: "FICHA TÉCNICA" / "Cruzeiro 2 x 1 Bahia" / "Local: Mineirão" / ..., the rest under it.)
    boxed = false;
    const std::size_t last = re;
    for (std::size_t j = last; j > rs && last - j < most_rows && !boxed; --j)
        if (const std::size_t end = labelled_box_end(p, j); end >= last) {
            re = end;
            boxed = true;
        }
    std::size_t k = re + 1;
    while (k < n && k <= re + reach && labelled_box_end(p, k) == 0)
        ++k;
    for (std::size_t end = k <= re + reach ? labelled_box_end(p, k) : 0; end > 0; end = labelled_box_end(p, k)) {
        re = end;
        k = end + 1;
        boxed = true;
    }
    return re;
}

} // namespace

std::size_t past_match_facts(const Page& p, std::size_t rs, std::size_t re) {
    bool boxed = false;
    re = past_match_boxes(p, rs, re, boxed);
    return boxed ? sections_under_box(p, re) : re;
}

void keep_sections_under_match_box(Page& p, std::size_t rs, std::size_t re) {
    bool boxed = false;
    const std::size_t end = past_match_boxes(p, rs, re, boxed);
    if (!boxed)
        return;
    const std::size_t last = sections_under_box(p, end);
    for (std::size_t k = end + 1; k <= last; ++k)
        if (sentence_shape(p.blocks[k]))
            p.quality[k] = Quality::good;
}

} // namespace archive
