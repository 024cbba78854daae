// Two labelled speakers taking turns: when half the turns of the one asking state something ("HOST: It's a quarter to
// six and the tide is out.") rather than ask (close on a question mark), the transcript is a conversation (a
// podcast's), whose turns head nothing; an interview's, whose turns mostly ask, head the answers, a turn that states
// among them (probe70 R2).
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

using namespace archive;
using archive::test::check_heading_rows;

TEST_CASE("a conversation's transcript, half its host's turns stating, has no headings", "[classify][heading]") {
    check_heading_rows({
        {"en",
         R"(Counting seals at low tide
A marine biologist takes our reporter out on the sandbanks before dawn to count the colony.
Transcript
NORA BELLAMY: It's a quarter to six and we are walking out across the sand. The tide is a long way out.
PETER QUAYLE: And it's the best hour for it. The seals haul out when the banks dry and they stay until the water turns.
NORA BELLAMY: How many do you expect to see this morning?
PETER QUAYLE: Perhaps three hundred greys, if the weather holds. Last year we counted nearly four hundred in one tide.
NORA BELLAMY: I can hear them already, a sort of low moaning over the water.
PETER QUAYLE: That's the bulls. They get noisy when someone walks too close, so we stop here and use the scope.
NORA BELLAMY: What do the numbers tell you?
PETER QUAYLE: That the colony is growing, slowly. The pups survive better since the beach was closed to dogs.
)",
         {"Transcript"}},
    });
}

TEST_CASE("an interview whose turns mostly ask: each of them heads its answer", "[classify][heading]") {
    check_heading_rows({
        {"de",
         R"(Robben zählen bei Ebbe
Eine Meeresbiologin nimmt unsere Reporterin vor Sonnenaufgang mit auf die Sandbänke.
Transkript
LENA HOLTKAMP: Es ist Viertel vor sechs, und wir laufen über den nassen Sand. Das Wasser ist weit draußen.
JONAS EBERT: Genau die richtige Stunde. Die Robben liegen auf den Bänken, bis das Wasser wieder steigt.
LENA HOLTKAMP: Wie viele Tiere erwarten Sie heute Morgen?
JONAS EBERT: Vielleicht dreihundert Kegelrobben, wenn das Wetter hält. Im letzten Jahr waren es fast vierhundert.
LENA HOLTKAMP: Und dieses tiefe Stöhnen über dem Wasser, was ist das?
JONAS EBERT: Das sind die Bullen. Sie werden laut, wenn jemand zu nahe kommt, deshalb bleiben wir hier stehen.
LENA HOLTKAMP: Was sagen Ihnen die Zahlen?
JONAS EBERT: Dass die Kolonie langsam wächst. Die Jungtiere überleben besser, seit der Strand für Hunde gesperrt ist.
)",
         {"Transkript",
          "LENA HOLTKAMP: Es ist Viertel vor sechs, und wir laufen über den nassen Sand. "
          "Das Wasser ist weit draußen.",
          "LENA HOLTKAMP: Wie viele Tiere erwarten Sie heute Morgen?",
          "LENA HOLTKAMP: Und dieses tiefe Stöhnen über dem Wasser, was ist das?",
          "LENA HOLTKAMP: Was sagen Ihnen die Zahlen?"}},
        {"en",
         R"(Counting seals at low tide
A marine biologist on the colony she has counted for twenty years.
GAZETTE: We are walking out across the sand at a quarter to six. The tide is a long way out.
QUAYLE: And it's the best hour for it. The seals haul out when the banks dry and they stay until the water turns.
GAZETTE: How many do you expect to see this morning?
QUAYLE: Perhaps three hundred greys, if the weather holds. Last year we counted nearly four hundred in one tide.
GAZETTE: And that low moaning over the water, what is it?
QUAYLE: That's the bulls. They get noisy when someone walks too close, so we stop here and use the scope.
GAZETTE: What do the numbers tell you?
QUAYLE: That the colony is growing, slowly. The pups survive better since the beach was closed to dogs.
)",
         {"GAZETTE: We are walking out across the sand at a quarter to six. The tide is a long way out.",
          "GAZETTE: How many do you expect to see this morning?",
          "GAZETTE: And that low moaning over the water, what is it?", "GAZETTE: What do the numbers tell you?"}},
    });
}
