// The gender a page tells of a person by the subject pronoun opening the next sentence (quote_told_genders.cpp): a
// later pronoun of the other gender does not stand for that person. Invented lines.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a pronoun opening the next sentence tells the gender of the one person named", "[quotes][told_genders]") {
    check_quotes({
        {"en",
         {"Our site secretary, Colin Hart, laughed at me. He has grown parsnips for forty years.",
          "I will try the variety that my neighbour swears by. She told me it was \"the only parsnip worth the "
          "trouble\" and gave me seeds."},
         "the only parsnip worth the trouble",
         "",
         "She"},
        {"fr",
         {"Colin Hart a ri en voyant mes semis. Il cultive des panais depuis quarante ans.",
          "Je vais essayer une autre variété cette année. Elle m'a dit que c'était « le seul panais qui vaille la "
          "peine » et m'a donné des graines."},
         "le seul panais qui vaille la peine",
         "",
         "Elle"},
        {"es",
         {"Colin Hart se rió al ver mis semillas. Él cultiva chirivías desde hace cuarenta años.",
          "Voy a probar otra variedad este año. Ella me dijo que era «la única chirivía que vale la pena» y me dio "
          "semillas."},
         "la única chirivía que vale la pena",
         "",
         "Ella"},
    });
}

TEST_CASE("a pronoun of the gender told still stands for that person", "[quotes][told_genders]") {
    check_quotes({
        {"en",
         {"The mayor, Anne Roux, smiled at the crowd. She has run the town for ten years.",
          "\"We will reopen the hall in June,\" she said."},
         "We will reopen the hall in June",
         "Anne Roux",
         "she"},
        {"fr",
         {"La maire, Anne Roux, a souri. Elle dirige la ville depuis dix ans.",
          "« Nous rouvrirons la salle en juin », a-t-elle dit."},
         "Nous rouvrirons la salle en juin",
         "Anne Roux",
         nullptr},
    });
}

// (note_told_genders reads each sentence's mentions in turn: the second person named in the paragraph is told by the
// pronoun after their own sentence, not counted with the first's, so "he" passes over her to the man told before)
TEST_CASE("two people of one paragraph are each told by the pronoun after their own sentence",
          "[quotes][told_genders]") {
    check_quotes({
        {"en",
         {"Colin Hart laughed at me. He has grown parsnips for forty years. Dana Pike waved from her plot. She grows "
          "leeks there.",
          "\"Parsnips need patience,\" he said."},
         "Parsnips need patience",
         "Colin Hart",
         "he"},
        {"fr",
         {"Colin Hart a ri en me voyant. Il cultive des panais depuis quarante ans. Dana Pike nous a salués depuis "
          "son carré. Elle y cultive des poireaux.",
          "« Les panais demandent de la patience », a-t-il dit."},
         "Les panais demandent de la patience",
         "Colin Hart",
         "il"},
        {"es",
         {"Colin Hart se rió al verme. Él cultiva chirivías desde hace cuarenta años. Dana Pike nos saludó desde su "
          "huerto. Ella cultiva puerros allí.",
          "«Las chirivías piden paciencia», dijo él."},
         "Las chirivías piden paciencia",
         "Colin Hart",
         "él"},
    });
}
