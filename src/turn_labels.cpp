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

std::string initials_key(std::string_view label) {
    std::string key;
    for (const char c : label)
        if (c != '.' && c != ' ') // ("A. M." -> "AM")
            key += c;
    return key;
}

} // namespace archive
