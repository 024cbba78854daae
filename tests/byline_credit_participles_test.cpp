// Table-driven tests of the credits for other work than the text's, read as a bare name through the particle after
// their first word ("Bearbeitet von Anna Muster", "Foto di Max Roe", "Fotografado por Ana Souza": lexicon sections
// picture_roles and credit_participle_words), in several languages; a person's name with a particle stays one.
#include "byline_rows.hpp"

using namespace archive;

TEST_CASE("a credit of a picture or of other work is no bare name", "[classify][byline][credit_participle]") {
    const char* const s = "Die Fähren fuhren am Morgen später ab, weil der Wind über der Bucht stark und kalt war.";
    for (const char* line : {"Bearbeitet von Anna Muster", "Fotografiert von Max Roe", "Foto di Max Roe",
                             "Modificato da Mario Rossi", "Fotos de Max Roe", "Traduzido de Ana Souza",
                             "Foto van Piet Jansen", "Traduit de Jeanne Morel", "Traducido de Lucía Gómez"}) {
        INFO(line);
        CHECK_FALSE(names_line(line));
        // Over the date line, where a line of names alone is the byline.
        CHECK(test::page_under_title("de", "Die Fähren am Morgen", std::string(line) + "\n03.03.2021", s)
                  .authors.empty());
    }
    for (const char* name : {"Anna von Berg", "Ana de Souza Lima", "Luca di Marco"}) {
        INFO(name);
        CHECK(names_line(name));
    }
}
