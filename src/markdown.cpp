// Markdown input (markdown.hpp): a clipper's export read as the page it was clipped from.
#include "markdown.hpp"

#include "lexicon.hpp"
#include "text.hpp"

#include <algorithm>
#include <cstddef>
#include <optional>
#include <utility>
#include <vector>

namespace archive {

namespace {

// How far a mark's closing mate is looked for (a link's bracket, parenthesis or angle, an emphasis): a line of
// thousands of marks none of which closes (a table of "[" or "*", a broken export) would otherwise be read to its end
// from each, quadratic in its length. A link's text, address or emphasised words are far shorter.
constexpr std::size_t most_span = 2000;

bool ascii_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

bool ascii_punct(char c) { return c > ' ' && c < 0x7F && !ascii_alnum(c); }

std::vector<std::string_view> lines_of(std::string_view text) {
    std::vector<std::string_view> lines;
    std::size_t at = 0;
    while (at <= text.size()) {
        std::size_t end = text.find('\n', at);
        if (end == std::string_view::npos)
            end = text.size();
        lines.push_back(text.substr(at, end - at));
        at = end + 1;
    }
    return lines;
}

// "title: ...", "author:", "published: 2026-12-03": a front matter's key (ASCII letters, figures, "_" and "-", no
// figure first) and its colon, a space or the line's end after it; the key's bytes, or 0.
std::size_t front_matter_key(std::string_view line) {
    if (line.empty() || !(ascii_alnum(line[0]) || line[0] == '_') || (line[0] >= '0' && line[0] <= '9'))
        return 0;
    std::size_t i = 1;
    while (i < line.size() && (ascii_alnum(line[i]) || line[i] == '_' || line[i] == '-'))
        ++i;
    return i < line.size() && line[i] == ':' && (i + 1 == line.size() || line[i + 1] == ' ') ? i : 0;
}

bool indented(std::string_view line) { return !line.empty() && (line[0] == ' ' || line[0] == '\t'); }

// The front matter opening the lines: [open, close] the lines of its two "---", every line between them a key's, a
// line under a key (indented: a list's item, a value going on) or blank, a key among them; {0, 0} when there is none.
std::pair<std::size_t, std::size_t> front_matter(const std::vector<std::string_view>& lines) {
    const std::size_t most_lines = 60;
    std::size_t open = 0;
    while (open < lines.size() && text::trim(lines[open]).empty())
        ++open;
    if (open >= lines.size() || text::trim(lines[open]) != "---")
        return {0, 0};
    bool key = false;
    for (std::size_t k = open + 1; k < lines.size() && k <= open + most_lines; ++k) {
        if (text::trim(lines[k]) == "---")
            return key ? std::pair{open, k} : std::pair<std::size_t, std::size_t>{0, 0};
        if (front_matter_key(lines[k]) > 0)
            key = true;
        else if (!indented(lines[k]) && !text::trim(lines[k]).empty())
            return {0, 0};
    }
    return {0, 0};
}

// "\"Wiener Linien: U5 startet\"", "'[[Stefan Weiss]]'", "[[Notes/Jane Roe|Jane Roe]]": a front matter's value
// without the quotation marks around it and with its wiki links' text (the alias after the bar when there is one).
std::string front_matter_value(std::string_view v) {
    v = text::trim(v);
    if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front())
        v = text::trim(v.substr(1, v.size() - 2));
    std::string out;
    std::size_t at = 0;
    while (at < v.size()) {
        const std::size_t open = v.find("[[", at);
        const std::size_t close = open == std::string_view::npos ? open : v.find("]]", open + 2);
        if (close == std::string_view::npos) {
            out.append(v.substr(at));
            break;
        }
        out.append(v.substr(at, open - at));
        std::string_view link = v.substr(open + 2, close - open - 2);
        if (const std::size_t bar = link.find('|'); bar != std::string_view::npos)
            link = link.substr(bar + 1);
        out.append(link);
        at = close + 2;
    }
    return out;
}

// "(https://example.org/a.jpg \"Title\")" at `at` (the opening bracket): a link's destination and its closing
// bracket, perhaps a title in quotation marks between them; the destination, `at` moved past the bracket, or nothing.
std::optional<std::string_view> destination(std::string_view line, std::size_t& at) {
    if (at >= line.size() || line[at] != '(')
        return std::nullopt;
    std::size_t i = at + 1;
    const std::size_t from = i;
    const std::size_t end = std::min(line.size(), from + most_span);
    while (i < end && line[i] != ')' && line[i] != ' ')
        ++i;
    if (i == end)
        return std::nullopt;
    const std::string_view dest = line.substr(from, i - from);
    if (i < line.size() && line[i] == ' ') {
        const std::size_t close = line.substr(0, std::min(line.size(), i + most_span)).find(')', i);
        if (close == std::string_view::npos)
            return std::nullopt;
        i = close;
    }
    if (i >= line.size() || dest.empty())
        return std::nullopt;
    at = i + 1;
    return dest;
}

// The bracket closing the one at `open` (brackets may nest inside a link's text), or npos; looked for within
// most_span bytes.
std::size_t closing_bracket(std::string_view line, std::size_t open) {
    int depth = 0;
    const std::size_t end = std::min(line.size(), open + most_span);
    for (std::size_t i = open; i < end; ++i) {
        if (line[i] == '\\') {
            ++i;
            continue;
        }
        depth += line[i] == '[' ? 1 : line[i] == ']' ? -1 : 0;
        if (depth == 0)
            return i;
    }
    return std::string_view::npos;
}

// The line's links and pictures by their text, their addresses added to `addresses`.
std::string links_plain(std::string_view line, std::vector<std::string>& addresses) {
    std::string out;
    out.reserve(line.size());
    for (std::size_t i = 0; i < line.size();) {
        const char c = line[i];
        if (c == '\\' && i + 1 < line.size() && ascii_punct(line[i + 1])) {
            out.append(line.substr(i, 2)); // (an escape is taken off last, by without_escapes())
            i += 2;
            continue;
        }
        const bool picture = c == '!' && i + 1 < line.size() && line[i + 1] == '[';
        if (c == '[' || picture) {
            const std::size_t open = picture ? i + 1 : i;
            const std::size_t close = closing_bracket(line, open);
            std::size_t after = close == std::string_view::npos ? close : close + 1;
            if (close != std::string_view::npos)
                if (auto dest = destination(line, after)) {
                    out += links_plain(line.substr(open + 1, close - open - 1), addresses);
                    addresses.emplace_back(*dest);
                    i = after;
                    continue;
                }
        }
        // "<https://example.org>": an address printed as itself.
        if (c == '<') {
            const std::size_t close = line.substr(0, std::min(line.size(), i + most_span)).find('>', i);
            const std::string_view inside =
                close == std::string_view::npos ? std::string_view() : line.substr(i + 1, close - i - 1);
            if ((inside.starts_with("http://") || inside.starts_with("https://")) &&
                inside.find(' ') == std::string_view::npos) {
                out += inside;
                i = close + 1;
                continue;
            }
        }
        out += c;
        ++i;
    }
    return out;
}

// "**Wichtig**", "__bold__", "*so*", "_so_": the emphasis marks of `mark` (one or two of '*' or '_') taken off the
// line, each pair around words (no space inside a mark), an underscore's pair at a word's edges only.
std::string without_emphasis(std::string_view line, std::string_view mark) {
    const bool underscore = mark.front() == '_';
    auto opens = [&](std::size_t i) {
        return line.substr(i).starts_with(mark) && i + mark.size() < line.size() && line[i + mark.size()] != ' ' &&
               line[i + mark.size()] != mark.front() &&
               (i == 0 || (line[i - 1] != mark.front() && line[i - 1] != '\\')) &&
               (!underscore || i == 0 || !ascii_alnum(line[i - 1]));
    };
    auto closes = [&](std::size_t i) {
        const std::size_t end = i + mark.size();
        return line.substr(i).starts_with(mark) && i > 0 && line[i - 1] != ' ' && line[i - 1] != mark.front() &&
               line[i - 1] != '\\' && (end >= line.size() || line[end] != mark.front()) &&
               (!underscore || end >= line.size() || !ascii_alnum(line[end]));
    };
    std::string out;
    out.reserve(line.size());
    std::size_t i = 0;
    while (i < line.size()) {
        if (opens(i)) {
            const std::size_t end = std::min(line.size(), i + most_span);
            std::size_t j = i + mark.size() + 1;
            while (j < end && !closes(j))
                ++j;
            if (j < end) {
                out.append(line.substr(i + mark.size(), j - i - mark.size()));
                i = j + mark.size();
                continue;
            }
        }
        out += line[i++];
    }
    return out;
}

// "\*not emphasis\*", "1\. Januar": the escapes' backslashes taken off the marks they keep as they are.
std::string without_escapes(std::string_view line) {
    std::string out;
    out.reserve(line.size());
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (line[i] == '\\' && i + 1 < line.size() && ascii_punct(line[i + 1]))
            ++i;
        out += line[i];
    }
    return out;
}

// "> > ## Excerpt" -> "## Excerpt": a quotation's marks opening the line.
std::string_view without_quotation_marks(std::string_view line) {
    for (;;) {
        const std::size_t at = line.find_first_not_of(' ');
        if (at == std::string_view::npos || at > 3 || line[at] != '>')
            return line;
        line.remove_prefix(at + 1);
        if (!line.empty() && line.front() == ' ')
            line.remove_prefix(1);
    }
}

// "## Who benefits?", "# Title #": a heading's marks (one to six, a space after them) and its closing ones.
std::string_view without_heading_marks(std::string_view line) {
    std::size_t hashes = 0;
    while (hashes < line.size() && line[hashes] == '#')
        ++hashes;
    if (hashes == 0 || hashes > 6 || hashes >= line.size() || line[hashes] != ' ')
        return line;
    line = text::trim(line.substr(hashes));
    const std::size_t last = line.find_last_not_of('#');
    if (last != std::string_view::npos && last + 1 < line.size() && line[last] == ' ')
        line = text::trim(line.substr(0, last));
    return line;
}

bool fence(std::string_view line) {
    line = text::trim(line);
    return line.starts_with("```") || line.starts_with("~~~");
}

// The front matter's lines [open, close] as the page would print them (markdown_plain()): its keys and values, then
// under its closing line the title's and the description's words that `body`, the text under it, does not print.
void plain_front_matter(const std::vector<std::string_view>& lines, std::size_t open, std::size_t close,
                        std::string_view body, std::string& out) {
    const std::size_t least_repeated = 12;
    std::vector<std::string> printed;
    static const LexiconSection* text_keys = common_lexicon().section("front_matter_text_keys"); // (looked up once)
    out.append(lines[open]);
    out += '\n';
    for (std::size_t k = open + 1; k < close; ++k) {
        const std::size_t key = front_matter_key(lines[k]);
        if (key == 0) {
            out.append(lines[k]);
            out += '\n';
            continue;
        }
        const std::string_view key_text = lines[k].substr(0, key);
        const std::string name = text::lower(key_text);
        std::string value = front_matter_value(lines[k].substr(key + 1));
        // "author:" / "  - \"[[Jane Roe]]\"" / "  - \"[[John Doe]]\"": the key's list, on its line.
        while (k + 1 < close && indented(lines[k + 1])) {
            std::string_view item = text::trim(lines[k + 1]);
            if (item.starts_with("- "))
                item.remove_prefix(2);
            const std::string piece = front_matter_value(item);
            if (!value.empty() && !piece.empty())
                value += ", ";
            value += piece;
            ++k;
        }
        // ("title: ...", "description: ...": the words the page prints as its title and its standfirst, once: the
        // text under the front matter that prints them again holds them.)
        if (text_keys == nullptr || !text_keys->has(name)) {
            out.append(key_text);
            out += ": ";
        } else {
            if (value.size() < least_repeated || body.find(value) == std::string_view::npos)
                printed.push_back(std::move(value));
            continue;
        }
        out += value;
        out += '\n';
    }
    out.append(lines[close]);
    out += '\n';
    // (Under the front matter, right over the text, where the page prints its title and its standfirst.)
    for (const std::string& line : printed) {
        out += line;
        out += '\n';
    }
}

} // namespace

bool markdown_text(std::string_view text) {
    const std::size_t most_links = 3, least_headings = 2;
    // (Most pages hold no "](" at all: one search settles them.)
    const bool framed = text::trim(text).starts_with("---");
    if (!framed && text.find("](") == std::string_view::npos)
        return false;
    const std::vector<std::string_view> lines = lines_of(text);
    if (front_matter(lines).second > 0)
        return true;
    std::size_t links = 0, headings = 0;
    std::vector<std::string> addresses;
    for (const std::string_view line : lines) {
        const std::string_view plain = without_quotation_marks(line);
        headings += without_heading_marks(plain).size() < plain.size();
        if (plain.find("](") == std::string_view::npos)
            continue;
        addresses.clear();
        (void)links_plain(plain, addresses);
        links += addresses.size();
    }
    return links >= most_links || (links >= 1 && headings >= least_headings);
}

std::string markdown_plain(std::string_view text) {
    const std::vector<std::string_view> lines = lines_of(text);
    std::string out;
    out.reserve(text.size());
    const auto [open, close] = front_matter(lines);
    std::size_t k = 0;
    if (close > 0) {
        for (; k < open; ++k) {
            out.append(lines[k]);
            out += '\n';
        }
        const std::size_t body = static_cast<std::size_t>(lines[close].data() - text.data()) + lines[close].size();
        plain_front_matter(lines, open, close, text.substr(std::min(body, text.size())), out);
        k = close + 1;
    }
    // (Each line's text as the page prints it: its marks off, its links' and pictures' addresses gathered.)
    std::vector<std::string> addresses;
    auto plain = [&addresses](std::string_view line) {
        const std::string linked = links_plain(without_heading_marks(without_quotation_marks(line)), addresses);
        return without_escapes(
            without_emphasis(without_emphasis(without_emphasis(without_emphasis(linked, "**"), "__"), "*"), "_"));
    };
    bool code = false;
    for (; k < lines.size(); ++k) {
        const std::string_view line = lines[k];
        if (fence(line) || code) {
            code = code != fence(line);
            out.append(line);
        } else {
            std::string printed = plain(line);
            // "![La passerelle, en novembre](https://...)" / "" / "La passerelle, en novembre.": a picture's text
            // that the caption under it prints again is the caption's.
            if (text::trim(line).starts_with("![") && !printed.empty()) {
                std::size_t next = k + 1;
                while (next < lines.size() && text::trim(lines[next]).empty())
                    ++next;
                std::vector<std::string> none;
                if (next < lines.size() && !fence(lines[next]) &&
                    links_plain(without_quotation_marks(lines[next]), none).starts_with(printed))
                    printed.clear();
            }
            out += printed;
        }
        if (k + 1 < lines.size())
            out += '\n';
    }
    // The addresses under the text, in its order, one a line: no line of the text stands between a standfirst and
    // its picture's caption that the page did not print.
    if (!addresses.empty() && !out.ends_with('\n'))
        out += '\n';
    for (const std::string& address : addresses) {
        out += '\n';
        out += address;
    }
    if (!addresses.empty())
        out += '\n';
    return out;
}

} // namespace archive
