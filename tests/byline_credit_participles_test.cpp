// Table-driven tests of the credits for other work than the text's, read as a bare name through the particle after
// their first word ("Bearbeitet von Anna Muster", "Foto di Max Roe", "Fotografado por Ana Souza": lexicon sections
// picture_roles and credit_participle_words), in several languages; a person's name with a particle stays one.
#include <catch2/catch.hpp>

#include "bylines.hpp"
#include "classify.hpp"
#include "pipeline.hpp"

#include <string>
#include <tuple>
#include <vector>

using namespace archive;

TEST_CASE("a credit of a picture or of other work is no bare name", "[classify][byline][credit_participle]") {
    for (const auto& [line, lang] : {
             std::tuple{"Bearbeitet von Anna Muster", "de"},
             std::tuple{"Fotografiert von Max Roe", "de"},
             std::tuple{"Foto di Max Roe", "it"},
             std::tuple{"Modificato da Mario Rossi", "it"},
             std::tuple{"Fotos de Max Roe", "pt"},
             std::tuple{"Traduzido de Ana Souza", "pt"},
             std::tuple{"Foto van Piet Jansen", "nl"},
             std::tuple{"Traduit de Jeanne Morel", "fr"},
             std::tuple{"Traducido de Lucía Gómez", "es"},
         }) {
        INFO(line);
        CHECK_FALSE(names_line(line));
        // Over the date line, where a line of names alone is the byline.
        const std::string s = "Die Fähren fuhren am Morgen später ab, weil der Wind über der Bucht stark und kalt war.";
        const std::string page = std::string("Hafenblatt\nStart | Hafen | Sport\n\nDie Fähren am Morgen\n") + line +
                                 "\n03.03.2021\n\n" + s + " " + s + "\n\n" + s + "\n\nTeilen\n";
        CHECK(classify(segment(page), lang).authors.empty());
    }
    for (const char* name : {"Anna von Berg", "Ana de Souza Lima", "Luca di Marco"}) {
        INFO(name);
        CHECK(names_line(name));
    }
}
