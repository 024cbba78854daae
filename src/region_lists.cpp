// The lists and code that the article's region holds: the short items of a list between two paragraphs and the list
// closing the region (short_item_lists()), the lines of a list that jusText rated bad put back as text
// (restore_list_lines()), and blocks of code with their output (code_blocks()). The region itself is in region.cpp,
// the trims of its edges in region_edges.cpp.
#include "classify.hpp"
#include "dated_items.hpp"
#include "dates.hpp"
#include "page.hpp"
#include "region_parts.hpp"
#include "text.hpp"

#include <algorithm>
#include <string_view>
#include <utility>
#include <vector>

namespace archive {

bool dated_dash_item(const Block& b) {
    const std::size_t least_words = 2, most_words = 12;
    const std::size_t most_head = 48; // bytes: a weekday, a day, a month, a year and an hour
    const int most_line = 24;
    if (b.digits == 0 || b.words > most_line)
        return false;
    const std::string_view t = b.text;
    std::size_t dash = t.substr(0, most_head).find(" \u2013 ");
    std::size_t width = std::string_view(" \u2013 ").size();
    if (dash == std::string_view::npos) {
        dash = t.substr(0, most_head).find(" - ");
        width = 3;
    }
    if (dash == std::string_view::npos || !text::has_ascii_digit(t.substr(0, dash)) ||
        t.substr(0, dash).find(',') == std::string_view::npos)
        return false;
    const std::string_view what = t.substr(dash + width);
    if (what.empty() || (what.front() >= '0' && what.front() <= '9') || what.find(". ") != std::string_view::npos ||
        what.back() == '!' || what.back() == '?')
        return false;
    for (std::size_t i = 1; i + 1 < what.size(); ++i)
        if (what[i] == ':' && what[i - 1] >= '0' && what[i - 1] <= '9' && what[i + 1] >= '0' && what[i + 1] <= '9')
            return false;
    const auto words = text::split_ws(what).size();
    return words >= least_words && words <= most_words;
}

bool listed_dated_item(const std::vector<Block>& blocks, std::size_t k) {
    return dated_dash_item(blocks[k]) &&
           ((k > 0 && dated_dash_item(blocks[k - 1])) || (k + 1 < blocks.size() && dated_dash_item(blocks[k + 1])));
}

std::vector<char> short_item_lists(const Page& p, std::size_t rs, std::size_t re) {
    const auto& blocks = p.blocks;
    std::vector<char> listed(blocks.size(), false);
    auto item = [&](std::size_t k) {
        const Block& b = blocks[k];
        // "E-MAGAZIN", "SHE!": a label in capitals is no item.
        bool capitals = b.upper_initial == b.words &&
                        std::none_of(b.text.begin(), b.text.end(), [](char c) { return c >= 'a' && c <= 'z'; });
        return p.role[k] == Role::none && b.words >= 1 && b.words <= 12 && b.urls == 0 && !b.boilerplate &&
               b.repeats == 0 && p.raw_quality[k] != Quality::good && !p.terminator[k] && !capitals && b.letters > 0;
    };
    auto prose = [&](std::size_t k) {
        return k >= rs && k <= re && p.role[k] == Role::none && p.raw_quality[k] == Quality::good && blocks[k].end_punct;
    };
    // "Veja também / <title> / <title> / O que fazer em caso de enchente / A Defesa Civil orienta: / <items> /
    // <paragraph>": a run where the text resumes under a box of links (inline_box()) follows the text as under a
    // paragraph. (Asked of a run's line over a box's line only: the box's label is among the few lines above.)
    auto resumes_under_box = [&](std::size_t k) {
        const std::size_t reach = 8; // the box's label and its titles
        if (p.role[k - 1] != Role::boilerplate)
            return false;
        for (std::size_t j = k - 1; j >= rs && k - j <= reach; --j) {
            if (p.terminator[j])
                return inline_box(p, j) == k;
            if (p.role[j] != Role::boilerplate || j == 0)
                break;
        }
        return false;
    };
    for (std::size_t k = rs + 1; k <= re;) {
        std::size_t end = k;
        while (end <= re && item(end))
            ++end;
        if (end - k >= 3 && end - k <= 10 && (prose(k - 1) || resumes_under_box(k)) && prose(end))
            std::fill(listed.begin() + static_cast<std::ptrdiff_t>(k), listed.begin() + static_cast<std::ptrdiff_t>(end),
                      true);
        k = end > k ? end : k + 1;
    }
    // "... the landing stage. / Three things changed: / A wider gangway / Heated seats / Length: 48 metres": the entries
    // and the rows of facts closing the region under its last paragraph or the sentence announcing them
    // (take_announced_list() took them in). From the highest line announcing them up to the last paragraph: a lead
    // of the list's own announces only its lower part.
    std::size_t list_from = re + 1;
    for (std::size_t k = re; k-- > rs;) {
        const bool announcing = prose(k) || (p.role[k] == Role::none && blocks[k].text.back() == ':');
        if (announcing && announced_list_end(p, k) == re + 1)
            list_from = k + 1;
        if (prose(k))
            break;
    }
    std::fill(listed.begin() + static_cast<std::ptrdiff_t>(list_from), listed.begin() + static_cast<std::ptrdiff_t>(re + 1),
              true);
    // "Termin: 13.03.2026, 19 Uhr / Ort: Alte Schmiede / Thema: Whiskys von den Inseln / Eintritt: 62 Euro", "Date: 6
    // March, 8 pm / Venue: The Net Loft / Tickets: 12 pounds": the records of facts in the region (fact_records(), an
    // event's rows printed again for each date, a product's table) are text, each of their rows, however short.
    for (std::size_t k = rs; k <= re; ++k) {
        if (!record_row(p, k))
            continue;
        const FactRecords r = fact_records(p, k, re + 1);
        if (r.facts == 0)
            continue;
        // (Among them, a row whose value runs to a sentence: "Beschreibung: Töte den Wächter und sammle ...".)
        for (std::size_t j = k; j <= r.last; ++j)
            listed[j] = listed[j] || record_row(p, j, true);
        k = r.last;
    }
    return listed;
}

namespace {

// The runs [first, end) of list items without bullets or final stops, and of the short labels heading them, between
// two lines of text in (from, to), by the verdicts `q` after jusText's context pass.
std::vector<std::pair<std::size_t, std::size_t>> list_runs(const Page& p, const std::vector<Quality>& q,
                                                           std::size_t from, std::size_t to) {
    const auto& blocks = p.blocks;
    std::vector<std::pair<std::size_t, std::size_t>> runs;
    // A line that the article's own lines around it outweigh, jusText's verdict aside: no link, no mark of the page's
    // furniture, letters mostly, not printed elsewhere on the page.
    // "Graphic by Jane Roe; sources: Town Archives," / "Harbour Museum": a line running on to the next is no item.
    // (The block's counts only: the searches of a line's words come once a run is found, for its lines alone.)
    auto plain = [&](std::size_t k) {
        const Block& b = blocks[k];
        return !textual(q[k]) && b.urls == 0 && b.separators <= 1 && !b.boilerplate && b.repeats == 0 &&
               !p.terminator[k] && b.letters * 2 >= static_cast<int>(p.length[k]) && b.text.back() != '*' &&
               b.text.back() != ',' && blocks[k - 1].text.back() != ',' && b.text.front() != '[';
    };
    // An item: four words at least (a menu's entries and a tag cloud's words are one to three) or a clause of
    // Chinese or Japanese.
    auto item = [&](std::size_t k) {
        const Block& b = blocks[k];
        return plain(k) && p.raw_quality[k] != Quality::good && b.words <= 40 && (b.words >= 4 || cjk_clause(b));
    };
    // A label between them: a short heading ("Developer Tools", "Neue Funktionen") without figures ("19:29 Jane Roe",
    // a live blog's entry) and not in capitals ("MORE HARBOUR NEWS", the title of a box of links).
    auto label = [&](std::size_t k) {
        const Block& b = blocks[k];
        return plain(k) && p.raw_quality[k] == Quality::short_ && b.words <= 6 && b.digits == 0 &&
               std::any_of(b.text.begin(), b.text.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    };
    // "[Read: Ferries return to the pier]", "[Video: the new quay]", "[ 3 May 2024 ] Ferries return": a line opening
    // with brackets is an aside (a link, a player, a figure) or a post's date in a list of posts (plain() keeps them
    // out); a picture's credit, a notice, a teaser cut short, a title printed twice, and "Jane Roe, John Poe *
    // 19.10.2019, 21:59", the names and the date of the article's byline, are no items whatever their neighbours.
    auto furniture = [&](std::size_t k) {
        const Block& b = blocks[k];
        return is_credit_line(b) || is_consent_or_promo_notice(b, b.words <= 60) || teaser_excerpt(b) ||
               repeated_title(b.text) || (b.digits >= 4 && read_dates(b.text, p.language).is_date_line);
    };
    auto text = [&](std::size_t k) { return textual(q[k]) && !blocks[k].boilerplate; };
    // Of the same length band: a list's items against a paragraph three times their length are not.
    auto band = [&](std::size_t a, std::size_t b) {
        const std::size_t la = p.length[a], lb = p.length[b], slack = 20;
        return std::max(la, lb) <= 2 * std::min(la, lb) + slack;
    };
    const std::size_t most_lines = 12;
    for (std::size_t k = from + 1; k < to;) {
        if (textual(q[k]) || !text(k - 1)) { // (most lines: nothing more is asked)
            ++k;
            continue;
        }
        // The run of items and labels between two lines of text; half its lines items, one of them at least of the
        // length band of a line of text next to the run.
        std::size_t end = k, items = 0;
        for (; end < to && end - k <= most_lines; ++end) {
            const bool is_item = item(end);
            if (!is_item && !label(end))
                break;
            items += is_item;
        }
        if (end > k && end < to && end - k <= most_lines && text(end) && items * 2 >= end - k) {
            bool in_band = false, clean = true;
            for (std::size_t j = k; j < end && clean; ++j) {
                in_band = in_band || (item(j) && (band(j, k - 1) || band(j, end)));
                clean = !furniture(j);
            }
            if (in_band && clean)
                runs.emplace_back(k, end);
        }
        k = end > k ? end : k + 1;
    }
    return runs;
}

} // namespace

void restore_list_lines(Page& p, std::size_t rs, std::size_t re) {
    if (rs >= re || re >= p.blocks.size())
        return;
    // "一波波寒流報到 山巒層層 / 玉峰道路一路上雲氣滯留山頭 / <text>": the clauses opening a blog written one clause a line
    // (clauses_over() took them in) are its text up to the first line rated text, itself a clause.
    if (p.blocks[rs].text.size() >= 2 * p.blocks[rs].chars) { // (Chinese or Japanese: three bytes a character)
        std::size_t k = rs;
        while (k < re && p.quality[k] == Quality::bad && !p.blocks[k].boilerplate && cjk_clause(p.blocks[k]))
            ++k;
        if (k > rs && p.quality[k] == Quality::good && cjk_clause(p.blocks[k]))
            std::fill(p.quality.begin() + static_cast<std::ptrdiff_t>(rs), p.quality.begin() + static_cast<std::ptrdiff_t>(k),
                      Quality::good);
    }
    for (const auto& run : list_runs(p, p.quality, rs, re))
        std::fill(p.quality.begin() + static_cast<std::ptrdiff_t>(run.first),
                  p.quality.begin() + static_cast<std::ptrdiff_t>(run.second), Quality::good);
    // "Samstag, 6. Dezember, 14 Uhr: Führung durch die Altstadt. / ... / Sonntag, 7. Dezember, 11 Uhr: Festumzug zur
    // Kirche.": the items of a programme in the region (programme_item(), three in a row at least) are its text,
    // however few of their words jusText counts as text; so are those of a list of dates ("10. Jänner 2027, 9 Uhr –
    // Bezirksverein Tulln, Lehrbienenstand": dated_dash_item()).
    const std::size_t least_items = 3;
    for (std::size_t k = rs; k <= re;) {
        std::size_t end = k;
        while (end <= re && (programme_item(p.blocks[end]) || dated_dash_item(p.blocks[end])))
            ++end;
        if (end - k >= least_items)
            std::fill(p.quality.begin() + static_cast<std::ptrdiff_t>(k),
                      p.quality.begin() + static_cast<std::ptrdiff_t>(end), Quality::good);
        k = end > k ? end : k + 1;
    }
    // "4 grudnia 2026, 12:05 / W czwartek rano ... 84 mln zł. / Reklama / – Czekaliśmy na ten most kilkanaście lat –
    // powiedział prezydent. / Czytaj także: Remont dworca / <paragraph>", "March 3, 2026 / The first cars crossed ... /
    // Advertisement / <paragraph>": a sentence of the region that jusText rates near text, between the head's lines
    // or an ad's label and a link, takes their class though the text goes on right under it: with only short lines
    // (eight words at most, none rated text, no figure: a thread's comment stands over its author's date) and such
    // sentences between it and a paragraph rated text, four lines down at most, it is text too.
    const int least_sentence = 8, most_between = 8;
    const std::size_t reach = 4;
    auto near_sentence = [&](std::size_t k) {
        const Block& b = p.blocks[k];
        // ("– Czekaliśmy ... – powiedział prezydent.": a quotation opened by its dash.)
        const std::string_view t = b.text;
        const bool dash_quote = t.starts_with("– ") || t.starts_with("— ");
        return p.raw_quality[k] == Quality::near_good && b.end_punct && b.words >= least_sentence &&
               (sentence_shape(b) || dash_quote) && !b.boilerplate && b.repeats == 0 && b.urls == 0 &&
               !p.terminator[k] && p.role[k] == Role::none;
    };
    for (std::size_t k = rs; k < re; ++k) {
        if (p.quality[k] != Quality::bad || !near_sentence(k))
            continue;
        std::size_t j = k + 1;
        while (j <= re && j - k <= reach && p.raw_quality[j] != Quality::good &&
               (near_sentence(j) ||
                (p.blocks[j].words <= most_between && p.blocks[j].digits == 0 && !textual(p.raw_quality[j]))))
            ++j;
        if (j <= re && j - k <= reach && p.raw_quality[j] == Quality::good && p.blocks[j].end_punct)
            p.quality[k] = Quality::good;
    }
}

std::vector<char> code_blocks(const Page& p, std::size_t rs, std::size_t re) {
    const auto& blocks = p.blocks;
    std::vector<char> code(blocks.size(), false);
    const int most_output_words = 12; // a command's output line between two commands
    // A line of the block: code, or a short line of no prose (a command's output, "[...]"). A tutorial runs the same
    // commands and prints the same output again and again.
    auto part = [&](std::size_t k) {
        const Block& b = blocks[k];
        return p.role[k] == Role::none && !b.boilerplate && !p.terminator[k] &&
               (p.code[k] || (b.words <= most_output_words && p.raw_quality[k] != Quality::good));
    };
    for (std::size_t k = rs; k <= re; ++k) {
        if (!p.code[k] || !part(k))
            continue;
        // Five lines in a row that are no code end it, the code is over; the output under the last command stays.
        const std::size_t most_between = 4;
        std::size_t end = k, last_code = k;
        int lines = 0;
        for (; end <= re && end <= last_code + most_between && part(end); ++end)
            if (p.code[end])
                last_code = end, ++lines;
        if (end > last_code + most_between)
            end = last_code + 1;
        // Two lines of code at least, half the block's lines up to its last line of code.
        const auto span = static_cast<int>(last_code - k + 1);
        if (lines >= 2 && lines * 2 >= span) {
            std::fill(code.begin() + static_cast<std::ptrdiff_t>(k), code.begin() + static_cast<std::ptrdiff_t>(end),
                      true);
            // "To start, make one public changeset:": the sentence announcing the code with its colon.
            if (k > rs && p.role[k - 1] == Role::none && blocks[k - 1].words >= 3 && blocks[k - 1].text.back() == ':' &&
                !blocks[k - 1].boilerplate && !p.terminator[k - 1])
                code[k - 1] = true;
        }
        k = end;
    }
    return code;
}

} // namespace archive
