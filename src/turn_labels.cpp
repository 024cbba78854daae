// The label opening an interview's turn (turn_labels.hpp), for the section loop and the quotes stage.
#include "turn_labels.hpp"

#include "lexicon.hpp"
#include "text.hpp"

namespace archive {

std::optional<ColonLabel> colon_label(std::string_view s, std::size_t from, LabelBounds bounds) {
    // (the first letter first: most lines open with no capital's label)
    std::size_t first_cp = from;
    if (from >= s.size() || !text::is_upper(text::next_cp(s, first_cp)))
        return std::nullopt;
    const std::size_t colon = s.substr(0, from + bounds.widest).find(':', from);
    if (colon == std::string_view::npos || colon == from || colon + 1 >= s.size() || s[colon + 1] != ' ')
        return std::nullopt;
    ColonLabel out;
    out.colon = colon;
    out.label = text::trim(s.substr(from, colon - from));
    out.words = text::split_ws(out.label, bounds.most_words);
    return out;
}

LabelWord label_word(std::string_view low) {
    static const LexiconSection* questions = common_lexicon().section("question_label_words"); // (looked up once)
    static const LexiconSection* answers = common_lexicon().section("answer_label_words");
    if (questions != nullptr && questions->has(low))
        return LabelWord::question;
    if (answers != nullptr && answers->has(low))
        return LabelWord::answer;
    return LabelWord::none;
}

std::optional<StopLabel> stop_label(std::string_view s, std::size_t from) {
    const std::size_t widest = 12; // (the longest label word and its full stop: "Respuesta.", "Odpowiedź.")
    // (the first letter and the full stop before the first space first: most lines fail these before any word is read)
    std::size_t at = from;
    if (from + 3 >= s.size() || !text::is_upper(text::next_cp(s, at)))
        return std::nullopt;
    const std::size_t space = s.substr(0, from + widest + 1).find(' ', from);
    if (space == std::string_view::npos || space + 1 >= s.size() || s[space - 1] != '.' || space - 1 <= from)
        return std::nullopt;
    StopLabel out;
    out.label = s.substr(from, space - 1 - from);
    for (std::size_t i = 0; i < out.label.size();)
        if (!text::is_letter(text::next_cp(out.label, i)))
            return std::nullopt; // ("U.S. ...", "M.K. ...": initials, no label word)
    out.said = label_word(text::lower(out.label));
    if (out.said == LabelWord::none)
        return std::nullopt;
    out.colon = space - 1;
    return out;
}

std::string initials_key(std::string_view label) {
    std::string key;
    for (const char c : label)
        if (c != '.' && c != ' ') // ("A. M." -> "AM")
            key += c;
    return key;
}

} // namespace archive
