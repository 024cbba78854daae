// A table between two paragraphs of the article, its rows printed without their tabs ("2023 184", "Old town 1,240")
// or with them, and the line naming its source under them ("Source: ONS", "Fonte: Istat"): figure_tables.cpp.
#pragma once

#include "page.hpp"

#include <cstddef>

namespace archive {

/// "Pos<TAB>Team<TAB>Points", "2023 184", "Old town 1,240", "Diesel 32,2 Mio. t 32,3 Mio. t": a row of a table, its
/// cells parted by tabs, or printed without them (figures alone, a label and its figures), no final mark.
bool table_row_line(const Block& b);

/// The rows glued to each other from line i (table_row_line(), as many figures each): `end` the line past them, and
/// past the line glued under them naming their source ("Source: ONS", "Quelle: Destatis": text_source_credit()) when
/// they are a table, three rows at least (`table`). (end is i for a line that is no row.)
struct TableRows {
    std::size_t end;
    bool table;
};
TableRows table_rows(const Page& p, std::size_t i);

/// "Partei | Stimmen in Prozent | Sitze" over "Sozialliberale | 38,2 | 64", "Team | Played | Points" over "1. Talbrunn
/// | 14 | 32": the header of a table whose cells are parted by bars, glued over its first row `first` with as many bars
/// (a line of words alone, no figure in it, so no row itself), or with fewer but one at least and no figure ("Partei |
/// Stimmen": cells merged, or the rows' labels with no header): that line, or `first` when there is none.
std::size_t table_header_over(const Page& p, std::size_t first);

/// Text (rated good or near good, closed by its mark) a line or two over line i and under the table's last line
/// `end - 1` (its label may stand between the text above and its rows).
bool table_amid_text(const Page& p, std::size_t i, std::size_t end);

/// Line k of the region [rs, re] is a row of a table amid the article's text (table_amid_text()), the line naming its
/// source, or the label glued over its rows ("Year Members", "Anno Iscritti"): the article's, though few of its words
/// are stopwords.
bool table_line_amid_text(const Page& p, std::size_t k, std::size_t rs, std::size_t re);

} // namespace archive
