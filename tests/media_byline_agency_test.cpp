// An agency's name alone over the place and the date line under the headline (media.cpp): it names the agency that
// wrote the text and credits no picture, so the line over it is the lede, not a caption. Invented pages.
#include <catch2/catch.hpp>

#include "pipeline.hpp"

#include <string>

TEST_CASE("an agency's name over a place line and the date line tags the text and credits no picture",
          "[classify][media][agency]") {
    // Each row: the language, the page, its lede and the agency's id.
    const char* const rows[][4] = {
        {"es",
         "Portada\nSucesos\nEl puerto de Vigo amplía su terminal de cruceros con un muelle de 400 metros\n\n"
         "La obra costará doce millones y estará lista antes del verano de 2027\n\nEuropa Press\nVigo\n"
         "Actualizado: 14/06/2026 09:40h\n\n"
         "La Autoridad Portuaria de Vigo ha aprobado este lunes la ampliación de la terminal de cruceros, que "
         "contará con un nuevo muelle de 400 metros para los barcos de mayor tamaño.\n\n"
         "Las obras comenzarán en septiembre y se financiarán con fondos propios del puerto y una aportación "
         "de la Xunta, según ha informado la entidad en un comunicado.\n\n"
         "El presidente del puerto ha explicado que la terminal podrá recibir dos barcos a la vez a partir de "
         "la próxima temporada.\n",
         "La obra costará doce millones y estará lista antes del verano de 2027", "europa-press"},
        {"en",
         "Home\nLocal\nHarbour board approves a longer cruise pier for the old port\n\n"
         "The work will cost twelve million and should be done before the summer of 2027\n\nAssociated Press\n"
         "Portland\nUpdated: June 14, 2026 9:40 AM\n\n"
         "The harbour board approved on Monday a longer pier for the cruise terminal, which will let the largest "
         "ships berth in the old port for the first time.\n\n"
         "Work begins in September and will be paid for by the port itself and a grant from the state, the "
         "board said in a statement.\n\n"
         "The board's chairman said the terminal would take two ships at once from next season on.\n",
         "The work will cost twelve million and should be done before the summer of 2027", "ap"},
        {"fr",
         "Accueil\nRégion\nLe port de Sète agrandit son terminal de croisière avec un quai de 400 mètres\n\n"
         "Les travaux coûteront douze millions d'euros et seront terminés avant l'été 2027\n\nAFP\nSète\n"
         "Mis à jour le 14/06/2026 à 09h40\n\n"
         "Le conseil portuaire de Sète a approuvé lundi l'agrandissement du terminal de croisière, qui disposera "
         "d'un nouveau quai de 400 mètres pour les plus grands navires.\n\n"
         "Les travaux commenceront en septembre et seront financés par le port et une aide de la région, a "
         "indiqué l'établissement dans un communiqué.\n\n"
         "Le président du port a expliqué que le terminal pourrait accueillir deux navires à la fois dès la "
         "saison prochaine.\n",
         "Les travaux coûteront douze millions d'euros et seront terminés avant l'été 2027", "afp"},
    };
    for (const auto& [lang, text, lede, agency] : rows) {
        INFO(text);
        const archive::Article a = archive::parse(text, "page.txt");
        CHECK(a.language.value_or("") == lang);
        CHECK(a.media.empty());
        CHECK(a.lede.value_or("") == lede);
        CHECK(a.source_tag.has_value());
        if (a.source_tag)
            CHECK(a.source_tag->agencies == std::vector<std::string>{agency});
    }
}
