// What the agency tags (agencies.cpp) ask of the credits (credits.cpp). Internal to the classify stage.
#pragma once

#include <string_view>

namespace archive {

/// "Foto", "(Bild", "AFP,": a word of the credit_words list or an agency's name, once its closing commas, stops and
/// parentheses and its opening parentheses are taken off.
bool is_credit_word(std::string_view w);

} // namespace archive
