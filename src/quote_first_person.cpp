// The writer's own "I" and "we" before a cue (quote_first_person.hpp).
#include "quote_first_person.hpp"

namespace archive::quoting {

bool first_person_word(std::string_view low, const std::vector<const Lexicon*>& lexs) {
    if (in_list(lexs, "first_person_words", low))
        return true;
    const std::string_view rest = after_elision(low);
    if (rest.size() == low.size())
        return false;
    return in_list(lexs, "first_person_words", low.substr(0, 1));
}

std::optional<std::size_t> first_person_subject(const std::vector<Word>& ws, std::size_t cue,
                                                const std::vector<const Lexicon*>& lexs) {
    const std::size_t most_between = 3;
    for (std::size_t j = cue, d = 0; j > 0 && d <= most_between; --j, ++d) {
        const Word& w = ws[j - 1];
        if (w.punct)
            return std::nullopt;
        if (first_person_word(w.low, lexs)) {
            // ("Il nous a dit", "Sie hat uns gesagt": an object clitic after the subject)
            if (in_list(lexs, "clitics", w.low) && j >= 2 && !ws[j - 2].punct)
                return std::nullopt;
            return j - 1;
        }
        // ("weil ich früher immer dachte", "because I always said", "parce que je disais toujours": an adverb of the
        // cue's, [cue_adverbs], between them is no part of the subject either)
        if (!has_tag(lexs, WordTags::auxiliary, w.low) && !in_list(lexs, "first_person_auxiliary_words", w.low) &&
            !in_list(lexs, "clitics", w.low) && !has_tag(lexs, WordTags::cue_adverb, w.low))
            return std::nullopt;
    }
    return std::nullopt;
}

} // namespace archive::quoting
