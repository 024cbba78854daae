// Tests of the classify heuristics: picture credits and the captions they close. One row per kind of line, in several
// languages.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "lexicon.hpp"
#include "page.hpp"
#include "pipeline.hpp"
#include "rows.hpp"
#include "test_pages.hpp"
#include "text.hpp"

#include <algorithm>
#include <bit>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

using namespace archive;

using archive::test::block_of;
using archive::test::contains;
using archive::test::paragraphs_of;

TEST_CASE("a block's credit line is judged as its text is", "[classify][credit]") {
    // is_credit_line(const Block&) reads the block's lowered line; it must answer as the text's version does.
    for (const char* line :
         {"Photo: Jane Roe", "(Photo: Harbour Weekly)", "Getty Images", "KEYSTONE/Anna Muster", "Bild: Hersteller",
          "Foto von Lukas Berger", "(Foto: Hafenblatt)", "Photo de Claire Martin / AFP", "Crédit photo : Élise Roux",
          "Foto: Ana García/EFE", "Fuente: Archivo del Puerto", "ÉCLAIRAGE", "Photo by photo, the parade unfolds:",
          "photo de la jetée avec une pose plus longue et un ciel très clair.", "Die Fähre legt um acht Uhr an.",
          "Le port ouvre ses portes samedi.", "El puerto abre el sábado por la mañana.", "Harbour News",
          "(Quelle: Statistisches Landesamt)", "Über den Hafen"}) {
        INFO(line);
        CHECK(is_credit_line(block_of(line)) == is_credit_line(line));
    }
    // Lines the text's version takes as credits and refuses, so that the comparison above covers both answers.
    CHECK(is_credit_line(block_of("(Foto: Hafenblatt)")));
    CHECK(is_credit_line(block_of("Photo de Claire Martin / AFP")));
    CHECK_FALSE(is_credit_line(block_of("Le port ouvre ses portes samedi.")));
    CHECK_FALSE(is_credit_line(block_of("El puerto abre el sábado por la mañana.")));
}

TEST_CASE("photo credits are recognised in many conventions", "[classify][credit]") {
    for (const char* line : {"Archives, Reuters", "Photo: Keystone", "(Bild: Hersteller)", "Getty Images",
                             "AFP PHOTO / John Doe", "Bild: Keystone", "Foto: dpa", "KEYSTONE/Peter Klaunzer",
                             "© Keystone", "Crédit photo: Marc Durand", "Foto: Ti-Press", "EFE/Juan Pérez",
                             "Fot. Jan Kowalski / Agencja Portowa",
                             "Courtesy of the River Trust", "Mit freundlicher Genehmigung des Verlags",
                             "Photo by Jane Doe/Harbour Weekly", "Foto von Anna Muster", "Photo de Jean Dupont"}) {
        INFO(line);
        CHECK(is_credit_line(line));
    }
    for (const char* line : {"Le ministre a parlé à Berne.", "Raids aériens", "Home", "Weitere Informationen",
                             "Reuters reported that the talks failed on Monday night after hours."}) {
        INFO(line);
        CHECK_FALSE(is_credit_line(line));
    }
    auto split = split_trailing_credit("Le président à Berne. (Photo: Keystone)");
    REQUIRE(split);
    CHECK(split->first == "Le président à Berne.");
    CHECK(split->second == "(Photo: Keystone)");
    auto source = split_trailing_credit("Die Jugendverbände am neuen Kai. (Bildquelle: Hafenverein)");
    REQUIRE(source);
    CHECK(source->second == "(Bildquelle: Hafenverein)");
    CHECK(split_trailing_credit("El puerto reabre sus muelles. (Fuente: Autoridad Portuaria)"));
    auto agencies = split_trailing_credit("The mayor waves at the new pier on Monday. (Jane Doe/AFP/Getty Images)");
    REQUIRE(agencies);
    CHECK(agencies->second == "(Jane Doe/AFP/Getty Images)");
    CHECK(split_trailing_credit("Le maire sur le nouveau quai. (Jean Dupont/Reuters)"));
    // The credit glued to the caption's full stop; an abbreviation's stop is no end of a caption.
    auto glued = split_trailing_credit("The new pier seen from the lighthouse at dawn.Photograph: Jane Roe");
    REQUIRE(glued);
    CHECK(glued->first == "The new pier seen from the lighthouse at dawn.");
    CHECK(glued->second == "Photograph: Jane Roe");
    auto glued_de = split_trailing_credit("Der neue Kai am Morgen nach dem Sturm.Foto: Anna Muster");
    REQUIRE(glued_de);
    CHECK(glued_de->second == "Foto: Anna Muster");
    CHECK_FALSE(split_trailing_credit("The ferry company moved its office to the U.S.Foto is its new name."));
    // A figure before the glued stop: the caption ends with a year or a count. (en, de, fr)
    struct GluedAfterFigure {
        const char* line;
        const char* caption;
        const char* credit;
    };
    for (const GluedAfterFigure& r :
         {GluedAfterFigure{"The ferry at the new pier in March 2023.CreditAnna Roe/Harbour Weekly",
                           "The ferry at the new pier in March 2023.", "CreditAnna Roe/Harbour Weekly"},
          GluedAfterFigure{"Die Fähre am neuen Kai im Sommer 1998.FotoJana Roth/Hafenblatt",
                           "Die Fähre am neuen Kai im Sommer 1998.", "FotoJana Roth/Hafenblatt"},
          GluedAfterFigure{"Le ferry au nouveau quai, le 14 juillet 2021.Crédit: Jeanne Roux",
                           "Le ferry au nouveau quai, le 14 juillet 2021.", "Crédit: Jeanne Roux"}}) {
        INFO(r.line);
        const auto parts = split_trailing_credit(r.line);
        REQUIRE(parts);
        CHECK(parts->first == r.caption);
        CHECK(parts->second == r.credit);
    }
    CHECK_FALSE(split_trailing_credit("The ferry timetable changes on page 2.The new times start in March."));
    // A news agency's name alone in the closing parenthesis tags the text the agency wrote (a live blog's entry), as
    // "(EFE)" does: no picture's credit, whatever its words ("Press"). (es, en, ca)
    for (const char* line : {"Más de diez mil vecinos han votado por correo en la comarca, según la Junta. (Europa Press)",
                             "The ferry company said the crossing would reopen on Friday morning. (Europa Press)",
                             "El port de Valdora tornarà a obrir dilluns al matí, segons l'autoritat portuària. (Europa Press)"}) {
        INFO(line);
        CHECK_FALSE(split_trailing_credit(line));
    }
    // A label saying the picture stands for the story closes its caption, before or after the full stop.
    struct Labelled {
        const char* line;
        const char* caption;
        const char* label;
    };
    for (const Labelled& r : {Labelled{"Wer die Sperre am Kai gebaut hat, ist unklar (Symbolbild).",
                                       "Wer die Sperre am Kai gebaut hat, ist unklar.", "(Symbolbild)"},
                              Labelled{"The eastern pier after the winter storm. (File photo)",
                                       "The eastern pier after the winter storm.", "(File photo)"},
                              Labelled{"Un ferry quitte le quai de Lorval (photo d'illustration).",
                                       "Un ferry quitte le quai de Lorval.", "(photo d'illustration)"},
                              Labelled{"El muelle de Valdora durante la tormenta (Foto de archivo)",
                                       "El muelle de Valdora durante la tormenta", "(Foto de archivo)"}}) {
        INFO(r.line);
        auto labelled = split_trailing_credit(r.line);
        REQUIRE(labelled);
        CHECK(labelled->first == r.caption);
        CHECK(labelled->second == r.label);
    }
    CHECK_FALSE(split_trailing_credit("Der Rat hat den Kredit für den Kai bewilligt (Symbolbild einer Fähre)."));
    CHECK_FALSE(split_trailing_credit("The council met on Monday (the first time since May)."));
    CHECK_FALSE(split_trailing_credit("The vote was close (12/7) on Monday night (Harbour/City)"));
    // A credit prefix opening a sentence that announces what follows with its colon is no credit.
    for (const char* line : {"Die schönsten Fotos von der Regatta am Seeufer gibt es hier:",
                             "All the photos by our readers from the lantern parade are below:",
                             "Toutes les photos de la fête du quai sont à voir ici :"}) {
        INFO(line);
        CHECK_FALSE(split_trailing_credit(line));
    }
    CHECK_FALSE(is_credit_line("Fotos von der Regatta am Seeufer gibt es hier:"));
    CHECK_FALSE(is_credit_line("Photo by photo, the lantern parade unfolds:"));
}

TEST_CASE("a sentence holding a credit's words is no credit: the prefix ends a word, and no prose follows it",
          "[classify][credit]") {
    // A sentence of the article with "photo de", "foto de", "photo by", "Foto von", "source:" or "Quelle:" in it
    // stays one paragraph.
    const struct {
        const char* lang;
        const char* sentence;
    } prose[] = {
        {"fr", "J'ai attendu le dernier bateau, puis j'ai pris la seconde photo depuis le bout de la jetée."},
        {"fr", "J'ai attendu le dernier bateau, puis j'ai pris une photo de la jetée avec une pose plus longue."},
        {"es", "Esperé a que entrara el último barco y tomé la segunda foto desde el final del espigón."},
        {"es", "Esperé a que entrara el último barco y tomé una foto de las barcas con una exposición larga."},
        {"en", "I waited for the last boat to come in and then took a photo by the light of the lanterns."},
        {"de", "Ich wartete auf das letzte Boot und machte ein Foto von der Mole mit einer längeren Belichtung."},
        {"en", "The council has not named its source: a memo that was sent to the harbour board last week."},
        {"fr", "Le bilan donne une image: les ferries partent désormais à l'heure depuis la fin des travaux."},
        {"es", "El informe cita una fuente: un documento interno de la autoridad portuaria enviado en marzo."},
        {"de", "Wir haben mit dem Hafenmeister gesprochen, seine Quelle: ein Bericht der Küstenwache vom März."},
    };
    for (const auto& r : prose) {
        INFO(r.sentence);
        CHECK_FALSE(split_trailing_credit(r.sentence));
        std::string page = std::string("Harbour Notes\nLanterns on the quay\n") +
                           "The lanterns of the old fishing boats were lit one after the other along the quay.\n" +
                           r.sentence + "\n" +
                           "The harbour master said the lanterns are lit only twice a year, at the spring tide.\n";
        Article a = classify(segment(page), r.lang);
        CHECK(a.media.empty());
        const auto paragraphs = test::paragraphs_of(a);
        CHECK(contains(paragraphs, r.sentence));
    }
    // The credits they resemble, at the start of a line or after a caption.
    for (const char* line : {"Photo de la Ville de Lorval", "Foto de Ana Pérez/EFE", "Photos by Jane Roe and John Poe",
                             "Foto von Anna Muster/Hafenblatt", "©Harbourstock", "Photo courtesy of the artist",
                             "Photo: Jane Roe for The Harbour Weekly.",
                             "Quelle: Statistisches Landesamt, eigene Zählung.", "Foto: privat / zur Verfügung gestellt."}) {
        INFO(line);
        CHECK(is_credit_line(line));
    }
    auto after = split_trailing_credit("Les lanternes du quai au soir de la grande marée photo de Jean Dupont");
    REQUIRE(after);
    CHECK(after->second == "photo de Jean Dupont");
}

TEST_CASE("a block's words find the credit prefixes its line's spaces find", "[classify][credit]") {
    // The block's split_trailing_credit() reads its words for a prefix, the line's reads its spaces: the same answer,
    // with a prefix after a space ("Foto:", "Photo by", "avec l'aimable autorisation"), glued to a stop, or none
    // ("mit" and "avec" open prefixes and are common words).
    struct Row {
        const char* line;
        bool split;
    };
    for (const Row& r : {Row{"Der neue Steg von Valdora am Morgen Foto: Anna Muster", true},
                         Row{"The lantern parade crosses the old bridge Photo by Jane Roe", true},
                         Row{"Le nouveau phare de Lorval au matin Crédit photo: Jean Dupont", true},
                         Row{"Die Fähre legt am Abend mit zwei Stunden Verspätung ab", false},
                         Row{"Le bateau part avec deux heures de retard ce soir-là", false},
                         Row{"The pier reopens on Monday after the winter repairs", false},
                         Row{"Les photos du port sont à voir dans notre galerie du soir", false}}) {
        INFO(r.line);
        const Block b = block_of(r.line);
        auto by_words = split_trailing_credit(b);
        auto by_spaces = split_trailing_credit(std::string_view(b.text));
        CHECK(by_words.has_value() == r.split);
        CHECK(by_words == by_spaces);
    }
}

TEST_CASE("a title in English title case holding a credit's word is no credit, and the text over it no caption",
          "[classify][credit]") {
    for (const char* title : {"From The Archive", "Inside The Photo Archive", "A Reuters Poll Shows A Lead",
                              "Getty Images And The Museum", "PHOTO OF THE DAY"}) {
        INFO(title);
        CHECK_FALSE(is_credit_line(title));
        const std::string page = std::string("Harbour Notes\nLanterns on the quay\n") +
                                 "The lanterns of the old fishing boats were lit one after the other along the quay.\n" +
                                 "The harbour master said the lanterns are lit only twice a year, at the spring tide.\n" +
                                 title + "\n" +
                                 "The council will vote on the final bill in the spring, when the timetable begins.\n" +
                                 "The keepers will open the old lighthouse to visitors on the first weekend of summer.\n";
        Article a = classify(segment(page), "en");
        CHECK(a.media.empty());
        const auto paragraphs = test::paragraphs_of(a);
        CHECK(contains(paragraphs, "The harbour master said the lanterns are lit only twice a year, at the spring tide."));
    }
    for (const char* credit : {"Archives, Reuters", "Jane Roe / Getty Images", "AFP PHOTO / John Doe"}) {
        INFO(credit);
        CHECK(is_credit_line(credit));
    }
}

TEST_CASE("on a page whose credits stand under long paragraphs, a short line over a credit is a paragraph",
          "[classify][credit][caption]") {
    struct Row {
        const char* language;
        const char* page;
        const char* line; // the short line over a credit
        bool caption;
    };
    for (const Row& r : {
             Row{"en", R"(Five ways to keep a small boat dry
Rinse the deck with fresh water after every trip, because the salt left behind draws damp into the wood, the ropes and the cushions of the cabin over the long winter months in the harbour.
Jane Roe/Getty Images
Store the sails folded loosely in a dry shed, never in the bag they came in, so that the dry air of the shed can reach every single fold of the cloth for the weeks until the spring.
John Poe/iStock/Getty Images
Check the drain plug before you leave the harbour, since a loose plug lets in more water than any wave.
Mia Lund/Getty Images
Paint the hull every second spring with a coat that breathes, and the planks of the boat will last for many more years than the old ones that your grandfather painted did.
)", "Check the drain plug before you leave the harbour, since a loose plug lets in more water than any wave.", false},
             Row{"de", R"(Fünf Tipps für ein trockenes Boot
Spülen Sie das Deck nach jeder Fahrt mit Süßwasser ab, denn das Salz zieht über den langen Winter im Hafen die Feuchtigkeit in das Holz, in die Leinen und in die Polster der Kajüte.
Jana Rot/Getty Images
Lagern Sie die Segel locker gefaltet in einem trockenen Schuppen und nie in der Tasche, damit die trockene Luft des Schuppens über viele Wochen bis zum Frühjahr an jede einzelne Falte des Tuchs kommt.
Jonas Pohl/iStock/Getty Images
Prüfen Sie den Ablaufstopfen, bevor Sie den Hafen verlassen, denn ein lockerer Stopfen lässt viel Wasser ein.
Mia Lund/Getty Images
Streichen Sie den Rumpf jedes zweite Frühjahr mit einer Farbe, die atmet, dann halten die Planken des Bootes viele Jahre länger als die alten, die schon Ihr Großvater einst gestrichen hat.
)", "Prüfen Sie den Ablaufstopfen, bevor Sie den Hafen verlassen, denn ein lockerer Stopfen lässt viel Wasser ein.", false},
             // A page of captions: the short lines over its credits are captions.
             Row{"en", R"(Ferries return to the eastern pier
The ferries to the islands run again from the eastern pier after a winter of repairs on the northern quay of the old harbour.
The first ferry of the season leaves the eastern pier on Monday.
Jane Roe/Getty Images
The harbour master said the new moorings were safer than the old ones and would last for many years, even in the worst storms.
Fishermen mend their nets on the northern quay.
John Poe/iStock/Getty Images
The council will vote on the final bill in the spring, when the summer timetable of the ferries begins again.
)", "The first ferry of the season leaves the eastern pier on Monday.", true}}) {
        INFO(r.language << ": " << r.line);
        Article a = classify(segment(r.page), r.language);
        const auto paragraphs = paragraphs_of(a);
        const bool in_text = contains(paragraphs, r.line);
        const bool captioned = std::any_of(a.media.begin(), a.media.end(), [&r](const Media& m) {
            return m.caption && *m.caption == r.line;
        });
        CHECK(in_text == !r.caption);
        CHECK(captioned == r.caption);
    }
}

TEST_CASE("a credit makes the short line above it a caption, not a long paragraph", "[classify][caption]") {
    const char* page = R"(Accueil
Les vendanges commencent tôt en Lavaux
Les vendanges ont commencé lundi en Lavaux, deux semaines plus tôt que d'habitude à cause de la chaleur de l'été.
Un vigneron dans ses vignes au-dessus du lac.
Photo: Keystone
Les vignerons attendent une récolte de bonne qualité, mais moins abondante que celle de l'année passée, car la grêle du mois de juin a touché plusieurs parcelles des coteaux les plus exposés, et certains domaines ont déjà annoncé qu'ils vendraient moins de bouteilles que prévu cette année, ce qui inquiète les restaurateurs de la région.
Photo: Jean Dupont
Les premiers raisins seront pressés dès mercredi dans les caves des villages de la région.
)";
    Article a = classify(segment(page), "fr");
    REQUIRE(a.media.size() == 2);
    CHECK(a.media[0].caption == std::optional<std::string>("Un vigneron dans ses vignes au-dessus du lac."));
    CHECK_FALSE(a.media[1].caption);
}

TEST_CASE("a longer caption closed by a picture's credit is a caption, a paragraph closed by its source is not",
          "[classify][caption]") {
    struct Row {
        const char* lang;
        const char* page;    // a title, a paragraph, the caption, two paragraphs, the last closed by its source
        const char* caption; // the caption without its credit
        const char* credit;
        const char* sourced; // the start of the paragraph closed by its source
    };
    const Row rows[] = {
        {"en", R"(Harbour Weekly
Volunteers rebuild the flooded quay
Volunteers from the whole coast came to Wendle on Saturday to clear the mud that the flood left on the quay.
Volunteers carry sandbags along the flooded quay of Wendle, where the water rose over the berths on Friday night, while the harbour master and two engineers check the damage to the old crane and the fish market. Photo: Tom Fisher/Harbour Aid
The harbour master said the berths would be open again within a week, and the ferries would run as usual.
The council will ask the region for money to raise the quay before the next winter storms, as it did after the flood of ten years ago, when the water stood in the market hall for three days. (Source: Coast News)
)",
         "Volunteers carry sandbags along the flooded quay of Wendle", "Photo: Tom Fisher/Harbour Aid",
         "The council will ask the region"},
        {"de", R"(Hafenblatt
Freiwillige räumen den überfluteten Kai
Freiwillige von der ganzen Küste kamen am Samstag nach Wendel, um den Schlamm vom Kai zu räumen, den die Flut hinterlassen hat.
Helfer tragen Sandsäcke über den überfluteten Kai von Wendel, wo das Wasser in der Nacht zum Freitag über die Liegeplätze stieg, während der Hafenmeister und zwei Ingenieure die Schäden am alten Kran und am Fischmarkt prüfen. Foto: Lena Brandt/Hafenhilfe
Der Hafenmeister sagte, die Liegeplätze würden innerhalb einer Woche wieder geöffnet, und die Fähren führen wie gewohnt.
Der Gemeinderat will die Region um Geld bitten, um den Kai vor den nächsten Winterstürmen zu erhöhen, wie schon nach der Flut vor zehn Jahren, als das Wasser drei Tage in der Markthalle stand. (Quelle: Küstenbote)
)",
         "Helfer tragen Sandsäcke über den überfluteten Kai von Wendel", "Foto: Lena Brandt/Hafenhilfe",
         "Der Gemeinderat will die Region"},
        {"fr", R"(Le Courrier du Port
Des bénévoles nettoient le quai inondé
Des bénévoles de toute la côte sont venus samedi à Lorval pour enlever la boue que la crue a laissée sur le quai.
Des bénévoles portent des sacs de sable le long du quai inondé de Lorval, où l'eau est montée au-dessus des pontons vendredi soir, pendant que le capitaine du port et deux ingénieurs examinent la vieille grue et la halle aux poissons. Photo : Jeanne Morel/Capitainerie
Le capitaine du port a dit que les pontons rouvriraient dans la semaine et que les ferries circuleraient comme d'habitude.
Le conseil demandera de l'argent à la région pour surélever le quai avant les prochaines tempêtes d'hiver, comme il l'avait fait après la crue d'il y a dix ans, quand l'eau était restée trois jours dans la halle. (Source : Le Littoral)
)",
         "Des bénévoles portent des sacs de sable le long du quai", "Photo : Jeanne Morel/Capitainerie",
         "Le conseil demandera de l'argent"},
        {"es", R"(El Diario del Puerto
Voluntarios limpian el muelle inundado
Voluntarios de toda la costa llegaron el sábado a Valdora para quitar el barro que la crecida dejó en el muelle.
Voluntarios llevan sacos de arena por el muelle inundado de Valdora, donde el agua subió sobre los amarres el viernes por la noche, mientras el capitán del puerto y dos ingenieros revisan la vieja grúa y la lonja del pescado. Foto: Ana Vidal/Ayuda del Puerto
El capitán del puerto dijo que los amarres volverían a abrir en una semana y que los transbordadores saldrían como siempre.
El ayuntamiento pedirá dinero a la región para elevar el muelle antes de las próximas tormentas de invierno, como hizo tras la crecida de hace diez años, cuando el agua estuvo tres días en el mercado. (Fuente: La Costa)
)",
         "Voluntarios llevan sacos de arena por el muelle inundado", "Foto: Ana Vidal/Ayuda del Puerto",
         "El ayuntamiento pedirá dinero"},
        // The credit glued to the caption's full stop, or its label in capitals.
        {"en", R"(Harbour Weekly
Divers search the harbour for the lost anchor
Divers from the coast guard spent Sunday looking for the anchor that the old ferry lost in the storm last week.
A diver climbs back onto the coast guard's boat near the eastern pier of Wendle, where the anchor of the old ferry was last seen on Tuesday, while two harbour workers hold the rope and the skipper watches the weather.Photo: Tom Fisher/Harbour Aid
The coast guard said the search would go on until the end of the month, when the water gets too cold for the divers.
The anchor weighs two tonnes and was made for the ferry in the harbour's own forge, which closed long ago, so that a new one would have to come from abroad at a high price. (Source: Coast News)
)",
         "A diver climbs back onto the coast guard's boat", "Photo: Tom Fisher/Harbour Aid", "The anchor weighs two tonnes"},
        {"de", R"(Hafenblatt
Taucher suchen den verlorenen Anker
Taucher der Küstenwache suchten am Sonntag nach dem Anker, den die alte Fähre beim Sturm in der letzten Woche verloren hat.
Ein Taucher steigt am östlichen Steg von Wendel zurück auf das Boot der Küstenwache, wo der Anker der alten Fähre am Dienstag zuletzt gesehen wurde, während zwei Hafenarbeiter das Seil halten und der Schiffer das Wetter beobachtet. FOTO: Lena Brandt/Hafenhilfe
Die Küstenwache sagte, die Suche gehe bis zum Ende des Monats weiter, wenn das Wasser für die Taucher zu kalt wird.
Der Anker wiegt zwei Tonnen und wurde damals in der alten Schmiede des Hafens gefertigt, die schon seit vielen Jahren geschlossen ist, sodass ein neuer Anker für viel Geld aus dem Ausland kommen müsste. (Quelle: Küstenbote)
)",
         "Ein Taucher steigt am östlichen Steg von Wendel", "FOTO: Lena Brandt/Hafenhilfe", "Der Anker wiegt zwei Tonnen"},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        Article a = classify(segment(r.page), r.lang);
        auto media = std::find_if(a.media.begin(), a.media.end(), [&](const Media& m) {
            return m.caption && m.caption->starts_with(r.caption);
        });
        REQUIRE(media != a.media.end());
        CHECK(media->credit == std::optional<std::string>(r.credit));
        bool caption_in_body = false, sourced_in_body = false;
        for (const auto& sec : a.sections)
            for (const auto& para : sec.paragraphs) {
                caption_in_body = caption_in_body || para.starts_with(r.caption);
                sourced_in_body = sourced_in_body || para.starts_with(r.sourced);
            }
        CHECK_FALSE(caption_in_body);
        CHECK(sourced_in_body);
    }
}

TEST_CASE("a block's picture credit labels are counted with its words, wherever the credit is glued",
          "[classify][caption]") {
    // The count that settles most long lines before their end is searched for a credit: the label is a word of its
    // own after a space, a full stop or a parenthesis, in capitals or not; a longer word opening with it is none.
    constexpr auto tag = static_cast<std::size_t>(std::countr_zero(static_cast<unsigned>(picture_label)));
    struct Row {
        const char* line;
        int labels;
    };
    const Row rows[] = {
        {"The pier at dawn. Photo: Tom Fisher", 1},
        {"Der Kai am Morgen.Foto: Lena Brandt", 1},
        {"Le quai au matin (PHOTO : Jeanne Morel)", 1},
        {"El muelle al amanecer. Fotos: Ana Vidal", 1},
        {"The pier at dawn. Photograph: Tom Fisher", 0},
        {"Fotografen warten am Kai auf die Fähre", 0},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        const auto blocks = segment(r.line);
        REQUIRE(blocks.size() == 1);
        CHECK(blocks[0].notice_tags()[tag] == r.labels);
    }
}

TEST_CASE("a caption after its label is a caption, not a paragraph", "[classify][caption]") {
    struct Row {
        const char* line;
        const char* caption; // nullptr: no labelled caption
    };
    const Row rows[] = {
        {"Media caption The mayor of Wendle opens the new pier", "The mayor of Wendle opens the new pier"},
        {"Image caption Ferries wait at the eastern quay", "Ferries wait at the eastern quay"},
        {"Bildunterschrift: Der neue Kai am Morgen nach dem Sturm", "Der neue Kai am Morgen nach dem Sturm"},
        {"Légende : Le quai de Lorval après la tempête", "Le quai de Lorval après la tempête"},
        {"Pie de foto: El muelle de Valdora al amanecer", "El muelle de Valdora al amanecer"},
        // Labels opening with the same letter ("photo caption", "pie de foto", "podpis zdjęcia") are told apart.
        {"Photo caption A ferry leaves the eastern quay at dawn", "A ferry leaves the eastern quay at dawn"},
        {"Podpis zdjęcia: Nabrzeże w Lorvalu o świcie", "Nabrzeże w Lorvalu o świcie"},
        {"Pier caption: the new berths of Wendle", nullptr},
        // A one-word label needs its colon; a label alone captions nothing.
        {"Caption of the figure", nullptr},
        {"Leyenda urbana del puerto de Valdora", nullptr},
        {"Media caption", nullptr},
        {"The caption of the picture was wrong.", nullptr},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        auto caption = labelled_caption(r.line);
        CHECK(caption.has_value() == (r.caption != nullptr));
        if (caption && r.caption)
            CHECK(*caption == r.caption);
    }
    const char* page = R"(Harbour Weekly
Ferries return to the eastern pier
After a winter of repairs on the northern quay, the ferries to the islands leave again from the eastern pier.
Media caption The harbour master shows the new moorings
The harbour master said the new berths were safer than the old ones and would last for many years to come.
Fishermen welcomed the works, although the quay was closed for most of the winter and the market moved twice.
)";
    Article a = classify(segment(page), "en");
    REQUIRE(a.media.size() == 1);
    CHECK(a.media[0].caption == std::optional<std::string>("The harbour master shows the new moorings"));
    for (const auto& sec : a.sections)
        for (const auto& para : sec.paragraphs)
            CHECK(para.find("Media caption") == std::string::npos);
}

TEST_CASE("a video's caption printed again under the player's label is a caption", "[classify][caption]") {
    const test::PageRow rows[] = {
        {"en", R"(Harbour Weekly
Ferries return to the eastern pier
After a winter of repairs on the northern quay, the ferries to the islands leave again from the eastern pier.
Divers checked the new moorings of the eastern pier before the first ferry came in.
Caption
Divers checked the new moorings of the eastern pier before the first ferry came in.
The harbour master said the new berths were safer than the old ones and would last for many years to come.
Fishermen welcomed the works, although the quay was closed for most of the winter and the market moved twice.
)", "Divers checked the new moorings of the eastern pier before the first ferry came in."},
        {"de", R"(Hafenblatt
Die Fähren fahren wieder vom Ostkai
Nach einem Winter voller Reparaturen am Nordkai fahren die Fähren zu den Inseln wieder vom Ostkai ab.
Taucher prüften die neuen Festmacher am Ostkai, bevor die erste Fähre anlegte.
Video
Taucher prüften die neuen Festmacher am Ostkai, bevor die erste Fähre anlegte.
Der Hafenmeister sagte, die neuen Liegeplätze seien sicherer als die alten und würden viele Jahre halten.
Die Fischer begrüßten die Arbeiten, obwohl der Kai den größten Teil des Winters geschlossen war.
)", "Taucher prüften die neuen Festmacher am Ostkai, bevor die erste Fähre anlegte."},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        Article a = classify(segment(r.page), r.lang);
        REQUIRE(a.media.size() == 1);
        CHECK(a.media[0].caption == std::optional<std::string>(r.line));
        for (const auto& para : test::paragraphs_of(a))
            CHECK(para != r.line);
    }
    // A title printed again under a label heads nothing twice; it is no caption.
    Article a = classify(segment(R"(Harbour Weekly
Ferries return to the eastern pier
After a winter of repairs on the northern quay, the ferries to the islands leave again from the eastern pier.
The new moorings of the eastern pier
Map
The new moorings of the eastern pier
The harbour master said the new berths were safer than the old ones and would last for many years to come.
)"), "en");
    CHECK(a.media.empty());
}

TEST_CASE("over a credit, a text of more than thirty words is the article's, unless it ends with its own credit",
          "[classify][caption]") {
    struct Row {
        const char* language;
        const char* line;
        bool caption;
    };
    const Row rows[] = {
        // 37 words: the paragraph the picture follows.
        {"en", "The harbour master announced on Monday that the new ferry will sail to the islands twice a day from "
               "June, and the council hopes the faster boats will bring more visitors to the northern coast this summer.",
         false},
        {"de", "Der Hafenmeister kündigte am Montag an, dass die neue Fähre ab Juni zweimal am Tag zu den Inseln fährt, "
               "und der Gemeinderat hofft, dass die schnelleren Boote in diesem Sommer mehr Gäste an die Nordküste "
               "bringen werden.",
         false},
        // A caption as long, closed by the photographer's credit.
        {"en", "The new ferry leaves the eastern pier on its first trip to the islands on Monday morning, watched by "
               "the harbour master, the mayor and a crowd of fishermen from the northern villages. Jane Roe/Getty Images",
         true},
        // A caption of a sentence.
        {"de", "Die neue Fähre am Ostkai kurz vor ihrer ersten Fahrt zu den Inseln.", true},
    };
    for (const auto& r : rows) {
        std::string lang = r.language;
        std::string page = lang == "en" ? "Home\nNew ferry for the islands\nThe ferry to the islands was replaced after thirty "
                                          "years of service on the line between the eastern pier and the islands.\n"
                                        : "Startseite\nNeue Fähre für die Inseln\nDie Fähre zu den Inseln wurde nach dreißig "
                                          "Jahren im Dienst zwischen dem Ostkai und den Inseln ersetzt.\n";
        page += std::string(r.line) + "\nFoto: Hafenamt\n";
        page += lang == "en" ? "The first trips will be free for the people of the islands until the end of the month.\n"
                             : "Die ersten Fahrten sind für die Leute von den Inseln bis zum Ende des Monats kostenlos.\n";
        INFO(r.line);
        Article a = classify(segment(page), r.language);
        REQUIRE(a.media.size() == 1);
        CHECK(a.media[0].caption.has_value() == r.caption);
    }
}

TEST_CASE("a long text printed twice is a teaser repeated as the lede, not a caption", "[classify][caption]") {
    const char* page = R"(Startseite
Neue Brücke über die Aare eröffnet
Nach zwei Jahren Bauzeit ist die neue Brücke über die Aare am Samstag für den Verkehr freigegeben worden, wie die Gemeinde mitteilte, und schon am ersten Tag fuhren mehr als dreitausend Autos, zahlreiche Lastwagen und viele Velos über den neuen Übergang zwischen den beiden Ortsteilen am Fluss.
Nach zwei Jahren Bauzeit ist die neue Brücke über die Aare am Samstag für den Verkehr freigegeben worden, wie die Gemeinde mitteilte, und schon am ersten Tag fuhren mehr als dreitausend Autos, zahlreiche Lastwagen und viele Velos über den neuen Übergang zwischen den beiden Ortsteilen am Fluss.
Die Brücke ersetzt einen Bau aus dem Jahr 1921, der für die heutigen Lastwagen zu schwach geworden war.
Der Gemeinderat zeigte sich am Samstag erleichtert, dass die Bauarbeiten im Zeitplan abgeschlossen wurden.
)";
    Article a = classify(segment(page), "de");
    CHECK(a.media.empty());
    CHECK(a.headline == "Neue Brücke über die Aare eröffnet");
}
