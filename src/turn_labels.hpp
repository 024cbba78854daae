// The label opening an interview's turn, "M.K.: ...", "Weber: ...", "Frage: ...", "R. ...", read alike by the section
// loop (sections_transcript.cpp: turn_key(), whether a transcript's turns head its answers) and by the quotes stage
// (quote_turns.cpp: turn_label(), each turn its speaker's direct quote), each with its own bounds.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace archive {

/// How far a stage looks for a label.
struct LabelBounds {
    std::size_t widest;     ///< the colon within this many bytes of the label's first
    std::size_t most_words; ///< the label's words split at most (one more than a label may hold tells a longer one)
};

/// The words before a colon that open a line.
struct ColonLabel {
    std::string_view label;              ///< without the spaces around it ("Dupont : ..." as French writes it)
    std::size_t colon = 0;               ///< the colon's byte in the line
    std::vector<std::string_view> words; ///< the label's words, bounds.most_words at most
};

/// The label of line `s` from byte `from`: a capital opens it, a colon and a space close it within bounds.widest
/// bytes; none for a line that opens otherwise ("14:20 Uhr: ...", "à 20 h : ...").
std::optional<ColonLabel> colon_label(std::string_view s, std::size_t from, LabelBounds bounds);

enum class LabelWord { none, question, answer };
/// "frage", "q", "p" (lower-cased): a question's label ([question_label_words]); "antwort", "r", "a": an answer's
/// ([answer_label_words]).
LabelWord label_word(std::string_view low);

/// A label closed by a full stop, as Italian and Spanish papers print an interview's turns ("D. Segretaria, com'è
/// andata?" / "R. Male. ...", "Pregunta. ¿Por qué ahora?" / "Respuesta. Porque ..."): one word of letters from byte
/// `from`, a capital first, then a full stop and a space, the word a question's or an answer's label (label_word()).
/// `colon` is the full stop's byte, `label` the word without it, `said` its kind; none for a line opening otherwise
/// ("Dr. Weber sagt ...", "Madrid. El Gobierno ...").
struct StopLabel {
    std::string_view label;
    std::size_t colon = 0;
    LabelWord said = LabelWord::none;
};
std::optional<StopLabel> stop_label(std::string_view s, std::size_t from);

/// "M.K." -> "MK", "A. M." -> "AM": the key of a label of initials, its dots and spaces left out.
std::string initials_key(std::string_view label);

} // namespace archive
