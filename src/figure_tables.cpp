// A table between two paragraphs of the article, its rows printed without their tabs or with bars: figure_tables.hpp.
#include "figure_tables.hpp"

#include "classify.hpp"
#include "text.hpp"

#include <string_view>

namespace archive {

bool table_row_line(const Block& b) {
    // (A digit first: most lines hold none.) "1. Talbrunn | 14 | 10 | 2 | 2 | 32:12 | 32": cells parted by bars, as
    // a table is copied as text, are a row too (a separator standing alone counted first).
    return b.cells || (b.digits > 0 && !b.end_punct &&
                       (b.letters == 0 || short_figure_row(b) || table_row(b) ||
                        (b.separators > 0 && b.text.find(" | ") != std::string::npos)));
}

namespace {

// "2023 184" 2, "Old town 1,240" 1, "Red Hat 8417 38.0%" 2: the tokens of a line opening with a digit, its figures.
std::size_t figures_in(std::string_view line) {
    std::size_t figures = 0, at = 0;
    for (std::string_view tok = text::next_token(line, at); !tok.empty(); tok = text::next_token(line, at))
        figures += text::is_digit(static_cast<unsigned char>(tok.front()));
    return figures;
}

// Line `above`, glued over the row `row`, is a row of the same table: a row of cells over a row of cells, or a row
// holding as many figures ("2022 170" over "2023 184"; not "Members since 2023" over it, nor a sentence ending
// with a figure).
bool same_columns(const Block& above, const Block& row) {
    return table_row_line(above) && (row.cells ? above.cells : figures_in(above.text) == figures_in(row.text));
}

// "<paragraph> / Lire aussi : <title> / Le résultat du vote / Budget communal / Pour : 14 / Contre : 8 / Abstentions :
// 1 / Plan de mobilité douce / Pour : 23 / ... / <paragraph>", "Ja: 14" / "Nein: 8", "Favorevoli: 14", "For: 14":
// tables printed one under the other, each under its label, between two paragraphs. Walking from table i (its first
// row `first`, `end` past it) up (`up`) or down over the rows and labels of the other tables of the series (a label
// a few words without a final mark, three rows glued at least a table), a title of the same shape, and up, over one
// line of the page's own at most (a teaser: is_boilerplate_phrase(), or a terminator: "Read more: <title>"), the
// text is reached: a line rated good or near good closed by its mark. A menu, a list of titles or lone figures
// ("48'" / "Sortie de <name>" / "45'") stop the walk.
bool text_past_series(const Page& p, std::size_t first, std::size_t end, bool up) {
    const int most_label_words = 6;
    const std::size_t most_labels = 4, most_page_lines = up ? 1 : 0, n = p.blocks.size();
    std::size_t labels = 0, page_lines = 0;
    for (std::size_t k = up ? first : end - 1; up ? k-- > 0 : ++k < n;) {
        const Block& b = p.blocks[k];
        if (table_row_line(b)) {
            std::size_t top = k;
            while (up && top > 0 && !p.blocks[top].blank_before && table_row_line(p.blocks[top - 1]))
                --top;
            const TableRows rows = table_rows(p, top);
            if (!rows.table || rows.end <= k)
                return false;
            k = up ? top : rows.end - 1;
            continue;
        }
        if (textual(p.raw_quality[k]) && b.end_punct)
            return true;
        const bool page_line = b.boilerplate || p.terminator[k];
        if (page_line && ++page_lines <= most_page_lines)
            continue;
        if (b.end_punct || b.words > most_label_words || page_line || ++labels > most_labels)
            return false;
    }
    return false;
}

// " | " in a line: the bars parting its cells.
std::size_t bars_in(std::string_view line) {
    std::size_t bars = 0;
    for (std::size_t at = line.find(" | "); at != std::string_view::npos; at = line.find(" | ", at + 3))
        ++bars;
    return bars;
}

} // namespace

std::size_t table_header_over(const Page& p, std::size_t first) {
    if (first == 0 || p.blocks[first].blank_before || p.blocks[first].text.find(" | ") == std::string::npos)
        return first;
    const Block& above = p.blocks[first - 1];
    if (above.end_punct)
        return first;
    // "Partei | Stimmen" over "Sozialliberale | 38,2 | 64", "Party | Votes" over "Civic Party | 27.5 | 41": a header
    // with fewer cells than its rows (cells merged, or the rows' labels with no header of their own) is a header of
    // words, no figure in it (a row of another table holds one); "Party | Votes | Seats" has as many.
    const std::size_t bars = bars_in(p.blocks[first].text), header_bars = bars_in(above.text);
    return header_bars == bars || (header_bars > 0 && header_bars < bars && above.digits == 0) ? first - 1 : first;
}

TableRows table_rows(const Page& p, std::size_t i) {
    const std::size_t least_rows = 3, n = p.blocks.size();
    if (i >= n || !table_row_line(p.blocks[i]))
        return {i, false};
    // The rows of a table printed without its tabs hold as many figures each, one a column ("2023 184" / "2024 197");
    // "Jane Roe | 29.07.2026 um 14:26" / "1 Kommentar" / "01" under a post are its byline, its count of comments and a
    // number, no table. (Rows of cells are known by their tabs.)
    // (The first row's figures counted once a second row is glued under it: most rows stand alone.)
    const bool cells = p.blocks[i].cells;
    std::size_t columns = 0;
    std::size_t j = i + 1;
    while (j < n && !p.blocks[j].blank_before && table_row_line(p.blocks[j])) {
        if (!cells && j == i + 1)
            columns = figures_in(p.blocks[i].text);
        if (cells ? !p.blocks[j].cells : figures_in(p.blocks[j].text) != columns)
            break;
        ++j;
    }
    if (j - i < least_rows)
        return {j, false};
    // (The source under the rows, glued to the last, is the table's.)
    if (j < n && !p.blocks[j].blank_before && text_source_credit(p.blocks[j].text))
        ++j;
    return {j, true};
}

bool table_amid_text(const Page& p, std::size_t i, std::size_t end) {
    const std::size_t near = 2, n = p.blocks.size();
    // (A quotation with its speaker, rated near good for its few stopwords, is text under the table too.)
    auto text_at = [&](std::size_t k) { return textual(p.raw_quality[k]) && p.blocks[k].end_punct; };
    bool above = false, below = false;
    for (std::size_t d = 1; d <= near; ++d) {
        above = above || (i >= d && text_at(i - d));
        below = below || (end + d - 1 < n && text_at(end + d - 1));
    }
    return (below || text_past_series(p, i, end, false)) && (above || text_past_series(p, i, end, true));
}

bool table_line_amid_text(const Page& p, std::size_t k, std::size_t rs, std::size_t re) {
    const int most_label_words = 6;
    const std::vector<Block>& blocks = p.blocks;
    const Block& b = blocks[k];
    // The table's first row: k's own, the one over k's source line, or the one under k's label ("Year Members" /
    // "2023 184": a few words without a final mark, glued over the rows), under k's header of cells parted by bars
    // ("Team | Played | Points": table_header_over()), or under the header under k's label ("Standings / Team |
    // Played | Points / ...").
    std::size_t first = k;
    auto header_at = [&](std::size_t at) {
        return at + 1 <= re && table_row_line(blocks[at + 1]) && table_header_over(p, at + 1) == at;
    };
    if (!table_row_line(b)) {
        if (b.separators > 0 && !b.end_punct && header_at(k))
            first = k + 1;
        else if (b.end_punct || b.words > most_label_words)
            return false;
        else if (k + 1 <= re && !b.blank_after && table_row_line(blocks[k + 1]) && !text_source_credit(b.text))
            first = k + 1;
        else if (k + 1 <= re && !b.blank_after && header_at(k + 1))
            first = k + 2;
        else if (k > rs && !b.blank_before && table_row_line(blocks[k - 1]) && text_source_credit(b.text))
            first = k - 1;
        else
            return false;
    }
    while (first > rs && !blocks[first].blank_before && same_columns(blocks[first - 1], blocks[first]))
        --first;
    TableRows rows = table_rows(p, first);
    // "Members since 2023" / "2023 184" / "2024 197": a label holding a figure of its own, glued over rows of another
    // count of figures, is the table's label, not its first row.
    if (!rows.table && first == k && k + 1 <= re && !b.blank_after && !b.end_punct && b.words <= most_label_words &&
        !text_source_credit(b.text)) {
        first = k + 1;
        rows = table_rows(p, first);
    }
    const std::size_t top = table_header_over(p, first);
    return rows.table && top > rs && rows.end <= re && (k < first ? first - k <= 2 : k < rows.end) &&
           table_amid_text(p, top, rows.end);
}

} // namespace archive
