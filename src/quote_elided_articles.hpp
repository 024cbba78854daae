// A noun's word with its article elided into it ("l'accusé", "l’avocate"), read by the description and the name
// readers of the quotes stage.
#pragma once

#include "quote_nouns.hpp"
#include "quote_word_tags.hpp"

#include <algorithm>
#include <string_view>
#include <vector>

namespace archive::quoting {

/// "l'accusé", "l’avocate": the part of `low` elided before its apostrophe (after_elided_prefix) is an article
/// ([articles]: "l"), so the word is a noun determined by it.
inline bool elided_article_word(std::string_view low, const std::vector<const Lexicon*>& lexs) {
    const std::string_view rest = after_elided_prefix(low);
    return rest.size() < low.size() &&
           has_tag(lexs, WordTags::article, low.substr(0, std::min(low.find('\''), low.find("\xE2\x80\x99"))));
}

} // namespace archive::quoting
