// The notice a health, law or money guide prints under its text, that it gives no personal advice: notices.cpp.
#pragma once

#include "page.hpp"

namespace archive {

/// "Wichtiger Hinweis: Dieser Artikel ersetzt keine ärztliche Beratung.", "This article is not a substitute for
/// professional medical advice.", "Cet article ne remplace pas l'avis d'un médecin.": a phrase of replacing (lexicon
/// section advice_disclaimer_phrases) and a word of the advice or the advisor (advice_disclaimer_words), in a line of
/// a sentence or two.
bool advice_disclaimer(const Block& b);

} // namespace archive
