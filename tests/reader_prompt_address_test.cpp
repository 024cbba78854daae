// A prompt under the article asking the reader to write, its channel an address written out ("Vous avez repéré une
// information douteuse ? Écrivez-nous : verif@journal.example"): the address is the channel the call goes through.
// Every line is invented.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "region_parts.hpp"
#include "rows.hpp"
#include "test_pages.hpp"

#include <string>
#include <vector>

using namespace archive;

using archive::test::check_block_notices;
using archive::test::contains;
using archive::test::NoticeRow;
using archive::test::paragraphs_of;

TEST_CASE("a call to write to an address written out is a reader's prompt", "[region][prompt]") {
    const NoticeRow rows[] = {
        {"Vous avez repéré une information douteuse ? Écrivez-nous : verif@courrier-estuaire.example", true},
        {"Spotted a claim we should check? Write to us at factcheck@harbour-news.example", true},
        {"¿Vio un dato dudoso? Escríbanos a verifica@diario-del-sur.example", true},
        // An address in a line with no call to the reader, or a call with neither channel nor address.
        {"The council published the full plan at www.council.example on Monday evening.", false},
        {"Le rapport complet est en ligne sur www.region.example depuis lundi soir.", false},
        {"Vous avez repéré une information douteuse ? Écrivez-nous.", false},
    };
    check_block_notices(rows, reader_prompt);
}

TEST_CASE("a call to write to an address under the last paragraph leaves the body", "[region][prompt]") {
    const char* note = "Vous avez repéré une information douteuse ? Écrivez-nous : verif@courrier-estuaire.example";
    const std::string page = std::string(R"(Non, le pont de l'estuaire ne sera pas fermé tout l'hiver

Une publication partagée des milliers de fois affirme que le pont de l'estuaire fermera de décembre à mars pour des travaux.

Le département, qui gère l'ouvrage, dément : seules deux nuits de fermeture sont prévues en janvier, pour remplacer des joints.

Les horaires de ces deux nuits seront publiés la semaine prochaine, et une navette gratuite remplacera le passage des voitures.

)") + note + "\n";
    Article a = classify(segment(page), "fr");
    const std::vector<std::string> paragraphs = paragraphs_of(a);
    CHECK(paragraphs.size() == 3);
    CHECK_FALSE(contains(paragraphs, note));
    CHECK(contains(a.boilerplate, note));
}
