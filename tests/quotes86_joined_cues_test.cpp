// Table-driven tests of a quote after two verbs joined by a conjunction: the verb governing the quote is its cue,
// with the subject of the first ("El líder, Ana Ruiz, reconoció la derrota y afirmó que su partido será «Q»"), in
// several languages. Invented sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

namespace {

// The cue and speaker of the quote `text` of a one-paragraph page.
void check_cue(const char* lang, const char* paragraph, const char* text, const char* cue, const char* speaker) {
    INFO(paragraph);
    const auto qs = extract_quotes(page(lang, "", {paragraph}));
    const Quote* found = nullptr;
    for (const auto& q : qs)
        if (q.text == text)
            found = &q;
    REQUIRE(found);
    CHECK(found->cue.value_or("") == cue);
    CHECK(found->speaker.value_or("") == speaker);
}

} // namespace

TEST_CASE("a verb joined to an earlier cue is the quote's cue, with that cue's subject", "[quotes][cues]") {
    check_cue("es",
              "El líder socialista, Tomás Varela, reconoció la derrota y afirmó que su partido será \"una oposición "
              "firme\".",
              "una oposición firme", "afirmó", "Tomás Varela");
    check_cue("es", "Tomás Varela reconoció la derrota y afirmó que su partido será «una oposición firme».",
              "una oposición firme", "afirmó", "Tomás Varela");
    check_cue("it",
              "Il segretario, Marco Neri, ha riconosciuto la sconfitta e ha affermato che il partito sarà «un'opposizione "
              "ferma».",
              "un'opposizione ferma", "ha affermato", "Marco Neri");
    check_cue("de", "Die Stadträtin Eva Lind bestätigte die Zahlen nicht und nannte sie „reine Spekulation“.",
              "reine Spekulation", "nannte", "Eva Lind");
}
