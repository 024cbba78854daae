// A byline-like line over a bare credit (probe45 M2): "by University of Northhaven" / "Credit: Pixabay/CC0 Public
// Domain", "von Institut ..." / "Foto: Pixabay". The line opened by a byline's word and a capital was taken for the
// picture's caption. It is no caption; a caption opening with the same word ("By the harbour wall at dusk") still is.
// Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>

using namespace archive;

TEST_CASE("a byline-shaped line over a credit is no caption", "[media][credit][media34]") {
    const struct {
        const char* page;
        const char* credit;
    } rows[] = {
        {R"(Wissenschaft
Stadteulen jagen später in der Nacht als ihre Artgenossen auf dem Land
von Institut für Ökologie Seehafen
Foto: Pixabay
Schleiereulen in der Nähe von Städten beginnen ihre Jagd etwa eine Stunde später als jene auf dem Land, wie eine neue Studie des Instituts zeigt.
Die Forschenden verfolgten 48 Vögel mit kleinen Sendern über zwei Winter und verglichen ihre Flüge mit der Straßenbeleuchtung.
)",
         "Foto: Pixabay"},
        {R"(Sciences
Les chouettes des villes chassent plus tard que celles des campagnes
par Institut d'écologie du Val
Photo : Pixabay
Les chouettes effraies vivant près des villes commencent à chasser environ une heure plus tard que celles des campagnes, selon une nouvelle étude de l'institut.
Les chercheurs ont suivi 48 oiseaux équipés de petites balises pendant deux hivers et comparé leurs vols à l'éclairage public.
)",
         "Photo : Pixabay"},
    };
    for (const auto& r : rows) {
        INFO(r.credit);
        const Article a = parse(r.page);
        REQUIRE(a.media.size() == 1);
        CHECK(a.media[0].credit == std::optional<std::string>(r.credit));
        CHECK_FALSE(a.media[0].caption.has_value());
    }
}

TEST_CASE("a caption opening with a byline's word and a small word stays a caption", "[media][credit][media34]") {
    const Article a = parse(R"(Science
Urban owls hunt later in the night than rural ones
By the harbour wall at dusk
Credit: Pixabay/CC0 Public Domain
Barn owls living near towns start hunting about an hour later than those in the countryside, according to a new study from the Harbour Institute of Ecology.
The researchers tracked 48 birds with small radio tags over two winters and compared their flights with street lighting.
)");
    REQUIRE(a.media.size() == 1);
    CHECK(a.media[0].caption == std::optional<std::string>("By the harbour wall at dusk"));
}
