// What a caption's own line says (classify stage): a caption after its label ("Bildunterschrift: ..."), a figure's
// caption, the place a caption gives a person in its picture ("(right)"), the picture's subject, and a topic's
// subheading that no credit under it makes a caption.
#include "classify.hpp"
#include "page.hpp"

#include "cjk_captions.hpp"
#include "credits_parts.hpp"
#include "lexicon.hpp"
#include "notices_parts.hpp"
#include "text.hpp"

#include <array>
#include <bitset>
#include <vector>

namespace archive {

std::optional<std::string> labelled_caption(std::string_view line) {
    // "Media caption The mayor opens the pier", "Bildunterschrift: Der neue Kai": the label a page prints before
    // a picture's or a video's caption, then the caption of two words or more. A label of one word needs its colon:
    // "Caption of the figure" names a caption, it has none.
    static const LexiconSection* labels = common_lexicon().section("caption_labels"); // (looked up once)
    if (labels == nullptr || line.size() < 8)
        return std::nullopt;
    // "图：发布会现场", "【圖】局長昨日公布…", "▲ 湯屋門口的木招牌": a CJK caption's label.
    if (static_cast<unsigned char>(line.front()) >= 0xE2)
        if (auto cjk = cjk_labelled_caption(line))
            return cjk;
    // (The labels' first bytes, gathered once: most lines open with none of them and are not lower-cased. The first
    // code point is lower-cased alone to ask them.)
    static const std::bitset<257> fronts = first_bytes(labels->entries);
    char front[4 * 3 + 8];
    if (const int ascii = lower_ascii_front(line); ascii >= 0) {
        front[0] = static_cast<char>(ascii);
    } else {
        std::size_t next = 0;
        text::next_cp(line, next);
        text::lower_into(line.substr(0, next), front);
    }
    if (!fronts.test(256) && !fronts.test(static_cast<unsigned char>(front[0])))
        return std::nullopt;
    // The line's start, lower-cased, cut at a character's first byte.
    std::size_t end = std::min(line.size(), labels->longest + 1);
    while (end < line.size() && (static_cast<unsigned char>(line[end]) & 0xC0) == 0x80)
        ++end;
    const text::LowerCased lowered(line.substr(0, end)); // (on the stack: the labels are short)
    const std::string_view head = lowered.view();
    // The caption after `label`, when the line opens with it.
    auto caption_after = [&](std::string_view label) -> std::optional<std::string> {
        // ("Main image: The harbour", "Image principale : Le port": a label listed with its colon needs it, spaces
        // perhaps before it as French typography sets them; it is compared without it.)
        const bool needs_colon = label.ends_with(':');
        if (needs_colon)
            label.remove_suffix(1);
        if (head.size() <= label.size() || head.compare(0, label.size(), label) != 0)
            return std::nullopt;
        // ("Image caption, Ferry workers at the port": a label of words may be closed by a comma, as a colon does.)
        const bool words = label.find(' ') != std::string_view::npos && !needs_colon;
        const std::size_t colon = head.find_first_not_of(' ', label.size());
        const bool comma = words && head[label.size()] == ',';
        if (!(words && head[label.size()] == ' ') && !comma && (colon == std::string_view::npos || head[colon] != ':'))
            return std::nullopt;
        std::string_view rest = text::trim(line.substr(label.size()));
        if (!rest.empty() && (rest.front() == ':' || (comma && rest.front() == ',')))
            rest = text::trim(rest.substr(1));
        if (text::split_ws(rest).size() >= 2)
            return std::string(rest);
        return std::nullopt;
    };
    // (The labels by their first byte, gathered once: the line is compared with those opening as it does, in the
    // list's order. An empty label, were there one, opens every line: the whole list is walked then.)
    static const std::array<std::vector<std::string_view>, 256> by_front = by_first_byte(labels->entries);
    if (fronts.test(256)) {
        for (const auto& label : labels->entries)
            if (auto caption = caption_after(label))
                return caption;
        return std::nullopt;
    }
    if (head.empty())
        return std::nullopt;
    for (std::string_view label : by_front[static_cast<unsigned char>(head[0])])
        if (auto caption = caption_after(label))
            return caption;
    return std::nullopt;
}

bool figure_caption(std::string_view line) {
    // "Figure 1: Failed builds per day", "Abb. 3: Der alte Hafen um 1900", "Fig. 2 – The pier", "Figura 1. El puerto
    // viejo": a figure's label (lexicon section figure_labels) and its number, then a mark (a colon, a full stop, a
    // dash) and the caption. A label without a number needs its colon and a caption of four words or more:
    // "Grafik: Die Zahl der Badegäste steigt"; "Figure 2 shows ..." is a sentence of the text.
    static const LexiconSection* labels = common_lexicon().section("figure_labels");
    // (The labels' first letters, upper-cased, gathered once: a figure's label opens the line with a capital, and most
    // lines open with a letter none of the labels does.)
    static const std::bitset<256> fronts = [] {
        std::bitset<256> out;
        if (labels != nullptr)
            for (std::string_view label : labels->entries)
                if (!label.empty() && label[0] >= 'a' && label[0] <= 'z')
                    out.set(static_cast<unsigned char>(label[0] - 'a' + 'A'));
        return out;
    }();
    if (labels == nullptr || line.size() < 12 || !fronts.test(static_cast<unsigned char>(line[0])))
        return false;
    const std::size_t label_end = line.find_first_of(" :");
    if (label_end == std::string_view::npos || label_end > labels->longest)
        return false;
    std::size_t k = line.find_first_not_of(' ', label_end);
    // The number: "1", "12", "3a", "2.4".
    const std::size_t number_from = k;
    while (k < line.size() && ((line[k] >= '0' && line[k] <= '9') ||
                               (k > number_from && line[k] == '.' && k + 1 < line.size() && line[k + 1] >= '0' &&
                                line[k + 1] <= '9') ||
                               (k > number_from && line[k] >= 'a' && line[k] <= 'z' && k + 1 < line.size() &&
                                (line[k + 1] == ':' || line[k + 1] == ' ' || line[k + 1] == '.'))))
        ++k;
    const bool numbered = k > number_from;
    k = std::min(line.find_first_not_of(' ', k), line.size());
    std::string_view rest = line.substr(k);
    if (rest.starts_with(":") || (numbered && (rest.starts_with(".") || rest.starts_with("-") || rest.starts_with("|"))))
        rest.remove_prefix(1);
    else if (numbered && (rest.starts_with("\u2013") || rest.starts_with("\u2014")))
        rest.remove_prefix(3);
    else
        return false;
    // (A space after the mark: "Abb. 3:2" is a reference, no label. The label is looked up last: most lines opening
    // with a word as short have no number or colon after it.)
    if (rest.empty() || rest.front() != ' ' || !labels->has(text::lower(line.substr(0, label_end))))
        return false;
    return text::split_ws(rest).size() >= (numbered ? 2U : 4U);
}

namespace {

// "Nicolas Pannatier (Centre) : 39,1%", "Ann Hill (Centre) 41.2%", "Anna Muster (Centre), 12 345 voix": a figure after
// the parenthesis, a mark between them at most, is a candidate's result in a table of votes; the parenthesis names
// the party (the Swiss Centre, a Nordic Centre Party), not the place of a person in a picture.
bool result_after(std::string_view rest) {
    rest = text::trim(rest);
    if (!rest.empty() && (rest.front() == ':' || rest.front() == '=' || rest.front() == ','))
        rest = text::trim(rest.substr(1));
    return !rest.empty() && text::is_digit(static_cast<unsigned char>(rest.front()));
}

} // namespace

bool pictured_position(std::string_view line) {
    // "Senator Ann Hill (right) greets the new harbour master.", "Anna Muster (links) mit dem Bürgermeister",
    // "Jeanne Morel (à gauche) et son équipe": the words in parentheses after a name that tell where a person stands
    // in the picture, which only a caption prints (lexicon section picture_positions). A bare "(R)" after a name is
    // a party, not a place in a picture: the short positions are written with their full stop ("(r.)").
    static const LexiconSection& positions = any_language_section("picture_positions"); // (merged once)
    const std::size_t longest = positions.longest;
    for (std::size_t open = line.find('('); open != std::string_view::npos; open = line.find('(', open + 1)) {
        const std::size_t close = line.find(')', open + 1);
        if (close == std::string_view::npos)
            return false;
        if (close - open - 1 > longest || open < 2 || line[open - 1] != ' ')
            continue;
        // The name before it: a capitalised word ("Hill (right)"), not a gloss of a word ("de (right) in front").
        std::size_t start = open - 1;
        while (start > 0 && line[start - 1] != ' ')
            --start;
        if (!text::starts_upper(line.substr(start, open - 1 - start)))
            continue;
        if (positions.has(text::LowerCased(line.substr(open + 1, close - open - 1)).view()) &&
            !result_after(line.substr(close + 1)))
            return true;
    }
    return false;
}

bool pictured_subject(std::string_view line) {
    // "Maureen Hale, 71, (pictured) waited on the hard shoulder for six hours", "Tom Hale (pictured with his mother)
    // found her at dusk", "Il sindaco Mario Rossi (nella foto) all'inaugurazione del ponte": a parenthesis opened by
    // words saying who the picture shows (lexicon section picture_subject_marks), in a line no stop closes, as a
    // caption is printed; a sentence of the text naming its picture ("... the skink (pictured) lives there.") ends
    // on its stop.
    const std::size_t most_words = 40;
    static const LexiconSection& marks = any_language_section("picture_subject_marks"); // (merged once)
    if (line.size() < 8 || !text::starts_upper(line) || line.find('(') == std::string_view::npos)
        return false;
    if (const char last = line.back(); last == '.' || last == '!' || last == '?' || last == ':' || last == ';')
        return false;
    for (std::size_t open = line.find('('); open != std::string_view::npos; open = line.find('(', open + 1)) {
        const std::size_t close = line.find(')', open + 1);
        if (close == std::string_view::npos)
            return false;
        if (open == 0 || line[open - 1] != ' ')
            continue;
        const text::LowerCased inner(line.substr(open + 1, close - open - 1));
        const std::string_view low = inner.view();
        // The marks as the parenthesis's words, or as its first words ("pictured left", "pictured with his wife").
        for (std::size_t end = low.size(); end > 0 && end != std::string_view::npos; end = low.rfind(' ', end - 1))
            if (end <= marks.longest && marks.has(low.substr(0, end)))
                return !more_tokens_than(line, most_words);
    }
    return false;
}

bool topic_subheading(const Block& b) {
    const int most_words = 8;
    const std::size_t most_topic_words = 3, least_rest_words = 2;
    if (b.words < 3 || b.words > most_words || b.end_punct || !heading_like(b))
        return false;
    const std::string_view line = b.text;
    const std::size_t colon = line.find(": ");
    if (colon == std::string_view::npos || colon == 0 || line.find(':', colon + 1) != std::string_view::npos)
        return false;
    const std::string_view topic = text::trim(line.substr(0, colon)), rest = text::trim(line.substr(colon + 2));
    return !topic.empty() && text::starts_upper(topic) && text::split_ws(topic).size() <= most_topic_words &&
           text::starts_upper(rest) && text::split_ws(rest).size() >= least_rest_words;
}

} // namespace archive
