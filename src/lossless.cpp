#include "lexicon.hpp"
#include "pipeline.hpp"
#include "text.hpp"

#include <algorithm>
#include <cctype>
#include <unordered_set>

namespace archive {

namespace {

// The bytes of a separator mark opening `line` and followed by a space (lexicon section credit_separator_marks), or 0.
std::size_t separator_mark(std::string_view line) {
    static const LexiconSection* marks = common_lexicon().section("credit_separator_marks"); // (looked up once)
    const std::size_t space = line.find(' ');
    return marks != nullptr && space != std::string_view::npos && marks->has(line.substr(0, space)) ? space : 0;
}

// The record's strings, each on its own.
std::vector<std::string_view> record_fields(const Article& a) {
    std::vector<std::string_view> fields;
    auto add = [&fields](const std::optional<std::string>& s) {
        if (s && !s->empty())
            fields.emplace_back(*s);
    };
    add(a.kicker);
    add(a.headline);
    add(a.lede);
    for (const auto& s : a.authors)
        fields.emplace_back(s);
    add(a.dateline);
    if (a.source_tag)
        fields.emplace_back(a.source_tag->raw);
    for (const auto& m : a.media) {
        add(m.caption);
        add(m.credit);
    }
    for (const auto& sec : a.sections) {
        add(sec.heading);
        for (const auto& p : sec.paragraphs)
            fields.emplace_back(p);
    }
    for (const auto& b : a.boilerplate)
        fields.emplace_back(b);
    return fields;
}

// A word the wrap split ("ven-" over "dredi"), joined without its hyphen: the line as its field holds it.
std::string_view unhyphenated(std::string_view line) {
    return line.size() > 1 && line.back() == '-' ? line.substr(0, line.size() - 1) : line;
}

// The field's text before a piece is the end of the line above (a paragraph joined of several lines, the line above
// cut in pieces the last of which opens the field), or all of the lines above it hold.
bool follows(std::string_view before, std::string_view above) {
    const std::string_view joined = text::trim(before);
    if (joined.empty() || above.empty())
        return false;
    if (before.back() != ' ')
        above = unhyphenated(above);
    return above.ends_with(joined) || joined.ends_with(above);
}

// The field's text after a piece is the start of the line below, or holds all of it (without the hyphen of a word
// it splits, "impa-" over "tience", joined as "impatience").
bool precedes(std::string_view after, std::string_view below) {
    const std::string_view joined = text::trim(after);
    return !joined.empty() && !below.empty() &&
           (below.starts_with(joined) || joined.starts_with(below) || joined.starts_with(unhyphenated(below)));
}

// `line` (spaces collapsed) is held by `fields` in at most four consecutive pieces, each opening its field or going
// on from the line `above`, and closing its field or closing the line where the line `below` goes on in the field (an
// empty neighbour: none known). A piece found anywhere else in a field ("AFP" inside a paragraph naming the agency)
// holds nothing: the substring test this replaces found such a line "held" where the record had dropped it.
bool held_as_pieces(const std::vector<std::string_view>& fields, std::string_view above, std::string_view line,
                    std::string_view below) {
    line = text::trim(line);
    if (line.empty())
        return true;
    // reach[i]: line[0, i) is held by reach[i] - 1 pieces at fewest (0: not held); a piece opens where one closed.
    std::vector<int> reach(line.size() + 1, 0);
    reach[0] = 1;
    // "… ist unklar (Symbolbild).": the caption takes the full stop closing the line (split_credit()), the piece
    // before the credit closing its field but for that stop.
    bool moved_stop = false;
    constexpr int most_pieces = 4; // (a kicker glued to its headline, a caption with its credit and a mark)
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (reach[i] == 0)
            continue;
        const int piece = reach[i];
        auto reached = [&](std::size_t j, int pieces) {
            while (j < line.size() && line[j] == ' ')
                ++j; // (the space between two pieces is neither's)
            if (reach[j] == 0 || reach[j] > pieces)
                reach[j] = pieces;
        };
        const std::string_view rest = line.substr(i);
        if (i > 0 && moved_stop && rest.size() == 1 && rest.back() == line.back())
            return true;
        if (i > 0) {
            // A mark parting two fields printed on one line ("<caption> — Photo: Jane Roe") is neither's. A hyphen
            // closing the line right after a word's letter is a split word's ("ven-" over "dredi l'arrêté", joined
            // without it: segment.cpp joins_split_word); "Score: 3 -" or "3-" keeps its dash.
            const unsigned char before = static_cast<unsigned char>(line[i - 1]);
            if (rest == "-" && (before >= 0x80 || std::isalpha(before) != 0))
                return true;
            if (const std::size_t mark = separator_mark(rest); mark > 0)
                reached(i + mark, piece);
        }
        if (piece > most_pieces)
            continue;
        for (std::string_view f : fields) {
            for (std::size_t p = f.find(line[i]); p != std::string_view::npos; p = f.find(line[i], p + 1)) {
                std::size_t n = 0;
                while (n < rest.size() && p + n < f.size() && rest[n] == f[p + n])
                    ++n;
                while (n > 0 && n < rest.size() && (static_cast<unsigned char>(rest[n]) & 0xC0) == 0x80)
                    --n; // (half a character is no piece: back to the character's first byte)
                if (n == 0)
                    continue;
                // The piece opens its field, or goes on from the line above; it closes its field, or the line,
                // which the line below goes on from (or the hyphen of a split word does).
                const bool opens = text::trim(f.substr(0, p)).empty() || (i == 0 && follows(f.substr(0, p), above));
                if (!opens)
                    continue;
                const std::string_view after = f.substr(p + n);
                const bool stop = after == "." || after == "!" || after == "?";
                if (text::trim(after).empty()) {
                    reached(i + n, piece + 1);
                } else if (stop && i + n < line.size() && line.back() == after[0]) {
                    moved_stop = true;
                    reached(i + n, piece + 1);
                } else if ((i + n == line.size() || rest.substr(n) == "-") && precedes(after, below)) {
                    return true;
                }
            }
        }
        if (reach[line.size()] != 0)
            return true;
    }
    return reach[line.size()] != 0;
}

} // namespace

bool held_by_line_fields(const Article& a, std::string_view line) {
    std::vector<std::string_view> fields;
    for (const std::optional<std::string>* field : {&a.kicker, &a.headline, &a.lede, &a.dateline})
        if (*field && !(*field)->empty())
            fields.emplace_back(**field);
    if (a.source_tag)
        fields.emplace_back(a.source_tag->raw);
    line = text::trim(line);
    if (held_as_pieces(fields, {}, line, {}))
        return true;
    // A headline or a lede printed over two lines, each of several words ("Le tram passera par la gare" over "dès
    // 2028"): the line opens or closes its field at a space. One word found there ("Belga" under a headline, the lede
    // ending "… a indiqué Belga") is no line of that field: held nowhere else, it is kept with the boilerplate.
    if (line.find(' ') == std::string_view::npos)
        return false;
    return std::any_of(fields.begin(), fields.end(), [line](std::string_view f) {
        return f.size() > line.size() && ((f.starts_with(line) && f[line.size()] == ' ') ||
                                          (f.ends_with(line) && f[f.size() - line.size() - 1] == ' '));
    });
}

std::vector<std::string> lost_lines(const Article& article, std::string_view txt) {
    const std::vector<std::string_view> fields = record_fields(article);
    std::vector<std::string> lines;
    std::size_t pos = 0;
    while (pos <= txt.size()) {
        std::size_t end = txt.find('\n', pos);
        if (end == std::string_view::npos)
            end = txt.size();
        if (std::string line = text::collapse(txt.substr(pos, end - pos)); !line.empty())
            lines.push_back(std::move(line));
        pos = end + 1;
    }
    // A line is held whole by a field of its own (most lines: a paragraph, a line of boilerplate), or in pieces each
    // opening or closing a field, where the record cuts it (a caption and its credit, a place and its paragraph, a
    // kicker glued to its headline) or joins it to the lines around it (a paragraph of several lines). Found
    // anywhere else in a field ("AFP" in a paragraph naming the agency) it is not held.
    std::unordered_set<std::string_view> whole(fields.begin(), fields.end());
    std::vector<std::string> lost;
    for (std::size_t k = 0; k < lines.size(); ++k) {
        if (whole.contains(lines[k]))
            continue;
        const std::string_view above = k > 0 ? std::string_view(lines[k - 1]) : std::string_view();
        const std::string_view below = k + 1 < lines.size() ? std::string_view(lines[k + 1]) : std::string_view();
        if (!held_as_pieces(fields, above, lines[k], below))
            lost.push_back(lines[k]);
    }
    return lost;
}

} // namespace archive
