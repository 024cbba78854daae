// Rows for the kinds of lines three invented pages showed (samples/it-intervista-violoncello.txt,
// samples/pt-direto-incendio.txt, samples/en-uk-regional-ferry.txt): a site's copyright notice among its menu, the
// paper's name joined to its agency over the date line, a live blog's first entry under the lead picture and an
// entry titled by words its text quotes in lower case.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "page.hpp"
#include "dates.hpp"
#include "pipeline.hpp"
#include "quote_rows.hpp"

#include <string>
#include <vector>

using namespace archive;

TEST_CASE("a copyright notice naming a company's legal form is no picture's credit", "[classify][credit][gen]") {
    for (const char* line : {"© 2026 Harbour Media Ltd", "©2025 Example Group Inc.", "© 2024 Seeblatt Verlag GmbH",
                             "© 2026 Editoriale Crinale S.r.l.", "© 2023 Jornal do Vale, Lda", "(c) 2022 Norby News LLC"}) {
        CAPTURE(line);
        CHECK_FALSE(is_credit_line(line));
    }
    for (const char* line : {"© 2012 APA/AP", "© Jane Roe", "© Keystone", "©iStock", "© Heimatverein Norby e.V."}) {
        CAPTURE(line);
        CHECK(is_credit_line(line));
    }
}

namespace {

const Section* section_headed(const Article& a, const std::string& heading) {
    for (const auto& s : a.sections)
        if (s.heading.value_or("") == heading)
            return &s;
    return nullptr;
}

} // namespace

TEST_CASE("the paper's name joined to its agency over the date line is the text's agency tag", "[classify][agency][gen]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* lede;
        const char* raw;
        const char* agency;
    };
    const Row rows[] = {
        {"pt", R"(Gazeta do Vale
Nova ponte liga as duas margens do rio a partir de segunda-feira

A travessia vai poupar vinte minutos aos condutores que seguem para a zona industrial, segundo a autarquia.

Gazeta do Vale com Lusa
3 de março de 2026, 10:15

A nova ponte sobre o rio abre ao trânsito na segunda-feira de manhã, depois de dois anos de obras e de um atraso de quatro meses.
A câmara municipal espera que cerca de nove mil veículos passem por dia na ponte durante o primeiro ano.
As obras custaram doze milhões de euros, pagos em grande parte por fundos europeus, segundo a autarquia.
)",
         "A travessia vai poupar vinte minutos aos condutores que seguem para a zona industrial, segundo a autarquia.",
         "Gazeta do Vale com Lusa", "lusa"},
        {"fr", R"(Le Courrier du Lac
Un nouveau pont relie les deux rives dès lundi

La traversée fera gagner vingt minutes aux automobilistes qui se rendent à la zone industrielle, selon la commune.

Le Courrier du Lac avec AFP
3 mars 2026 à 10h15

Le nouveau pont sur la rivière ouvrira à la circulation lundi matin, après deux ans de travaux et quatre mois de retard.
La commune espère que près de neuf mille véhicules passeront chaque jour sur le pont pendant la première année.
Les travaux ont coûté douze millions d'euros, payés en grande partie par des fonds européens, selon la commune.
)",
         "La traversée fera gagner vingt minutes aux automobilistes qui se rendent à la zone industrielle, selon la "
         "commune.",
         "Le Courrier du Lac avec AFP", "afp"},
        {"it", R"(La Gazzetta del Lago
Il nuovo ponte collega le due sponde da lunedì

La traversata farà risparmiare venti minuti agli automobilisti diretti alla zona industriale, secondo il comune.

La Gazzetta del Lago con ANSA
3 marzo 2026, 10:15

Il nuovo ponte sul fiume sarà aperto al traffico lunedì mattina, dopo due anni di lavori e quattro mesi di ritardo.
Il comune prevede che circa novemila veicoli passino ogni giorno sul ponte durante il primo anno di apertura.
I lavori sono costati dodici milioni di euro, pagati in gran parte con fondi europei, secondo il comune.
)",
         "La traversata farà risparmiare venti minuti agli automobilisti diretti alla zona industriale, secondo il "
         "comune.",
         "La Gazzetta del Lago con ANSA", "ansa"},
    };
    for (const Row& r : rows) {
        CAPTURE(r.lang);
        const Article a = classify(segment(r.page), r.lang);
        CHECK(a.lede.value_or("") == r.lede);
        CHECK(a.source_tag.has_value());
        CHECK((a.source_tag ? a.source_tag->raw : "") == r.raw);
        CHECK((a.source_tag ? a.source_tag->agencies : std::vector<std::string>{}) == std::vector<std::string>{r.agency});
        CHECK(a.authors.empty());
    }
}

TEST_CASE("a live blog's first entry under the lead picture keeps its title over its time stamp",
          "[classify][heading][live][gen]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* first;
        const char* second;
    };
    const Row rows[] = {
        {"pt", R"(Gazeta do Vale
DIRETO
Cheia do rio obriga a fechar a ponte velha e a retirar moradores da baixa

O caudal subiu durante a noite e a proteção civil pede aos moradores que evitem as margens até ao fim do dia.

Por Ana Lemos
3 de março de 2026, 07:40

Bombeiros retiram de barco os moradores de uma rua da baixa, esta manhã.
Foto: Rui Farinha/Gazeta do Vale

10h20
Ponte velha fechada ao trânsito
A câmara fechou a ponte velha ao trânsito às dez horas, porque a água já chega ao tabuleiro em dois pontos do lado sul.

09h05
Escolas da baixa sem aulas
As três escolas da baixa não abriram esta manhã e os alunos foram encaminhados para a escola secundária da vila.
)",
         "Ponte velha fechada ao trânsito", "Escolas da baixa sem aulas"},
        {"fr", R"(La Gazette du Val
EN DIRECT
Crue de la rivière : le vieux pont fermé, des habitants évacués

Le débit a monté dans la nuit et la préfecture demande aux habitants d'éviter les berges jusqu'à ce soir.

Par Anne Lemoine
3 mars 2026 à 07h40

Des pompiers évacuent en barque les habitants d'une rue basse, ce matin.
Photo : Rémi Faure / La Gazette du Val

10h20
Le vieux pont fermé à la circulation
La commune a fermé le vieux pont à la circulation à dix heures, l'eau touchant déjà le tablier en deux endroits.

09h05
Pas de cours dans les écoles du bas
Les trois écoles du bas de la ville n'ont pas ouvert ce matin et les élèves ont été accueillis au collège voisin.
)",
         "Le vieux pont fermé à la circulation", "Pas de cours dans les écoles du bas"},
        {"es", R"(El Correo del Valle
EN DIRECTO
La crecida del río obliga a cerrar el puente viejo y a desalojar casas del barrio bajo

El caudal subió durante la noche y protección civil pide a los vecinos que eviten las orillas hasta la tarde.

Por Ana Lemos
3 de marzo de 2026, 07:40

Los bomberos sacan en barca a los vecinos de una calle del barrio bajo, esta mañana.
Foto: Rubén Farías/El Correo del Valle

10:20
El puente viejo, cerrado al tráfico
El ayuntamiento cerró el puente viejo al tráfico a las diez, porque el agua ya toca el tablero en dos puntos del lado sur.

09:05
Sin clases en las escuelas del barrio bajo
Las tres escuelas del barrio bajo no abrieron esta mañana y los alumnos fueron enviados al instituto de la villa.
)",
         "El puente viejo, cerrado al tráfico", "Sin clases en las escuelas del barrio bajo"},
        {"it", R"(La Gazzetta del Lago
DIRETTA
Piena del fiume, chiuso il ponte vecchio ed evacuate le case della città bassa

La portata è salita durante la notte e la protezione civile chiede ai residenti di evitare gli argini fino a sera.

di Anna Lemmi
3 marzo 2026, 07:40

I vigili del fuoco portano in salvo in barca i residenti di una via della città bassa, stamattina.
Foto: Rocco Farina/La Gazzetta del Lago

10:20
Ponte vecchio chiuso al traffico
Il comune ha chiuso il ponte vecchio al traffico alle dieci, perché l'acqua tocca già l'impalcato in due punti sul lato sud.

09:05
Niente lezioni nelle scuole della città bassa
Le tre scuole della città bassa non hanno aperto stamattina e gli alunni sono stati mandati al liceo del paese.
)",
         "Ponte vecchio chiuso al traffico", "Niente lezioni nelle scuole della città bassa"},
    };
    for (const Row& r : rows) {
        CAPTURE(r.lang);
        const Article a = classify(segment(r.page), r.lang);
        const Section* first = section_headed(a, r.first);
        CHECK(first != nullptr);
        CHECK((first != nullptr ? first->paragraphs.size() : 0) == 1);
        CHECK(section_headed(a, r.second));
    }
}

TEST_CASE("a live entry's quoted title capitalises the words its text quotes inside a sentence",
          "[classify][heading][live][gen]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* heading;
    };
    const Row rows[] = {
        {"pt", R"(Gazeta do Vale
Cheia do rio obriga a fechar a ponte velha e a retirar moradores da baixa

O caudal subiu durante a noite e a proteção civil pede aos moradores que evitem as margens até ao fim do dia.

10h20
Ponte velha fechada ao trânsito
A câmara fechou a ponte velha ao trânsito às dez horas, porque a água já chega ao tabuleiro em dois pontos do lado sul.

09h40
"Primeiro as pessoas, depois as casas"
Para o presidente da câmara, Vasco Leal, "primeiro as pessoas, depois as casas e só depois as estradas", disse ele aos jornalistas.

09h05
Escolas da baixa sem aulas
As três escolas da baixa não abriram esta manhã e os alunos foram encaminhados para a escola secundária da vila.
)",
         "\"Primeiro as pessoas, depois as casas\""},
        {"en", R"(The Wendle Courier
River floods close the old bridge as homes are evacuated

The river rose overnight and the council is asking people to stay away from the banks until this evening.

10:20
Old bridge closed to traffic
The council closed the old bridge to traffic at ten o'clock, with the water already touching the deck in two places.

09:40
“People first, then the houses”
The council leader, Vic Lane, said it was “people first, then the houses and only then the roads” as he met reporters.

09:05
No lessons at the riverside schools
The three riverside schools did not open this morning and their pupils were sent to the secondary school instead.
)",
         "“People first, then the houses”"},
        {"fr", R"(La Gazette du Val
Crue de la rivière : le vieux pont fermé, des habitants évacués

Le débit a monté dans la nuit et la préfecture demande aux habitants d'éviter les berges jusqu'à ce soir.

10h20
Le vieux pont fermé à la circulation
La commune a fermé le vieux pont à la circulation à dix heures, l'eau touchant déjà le tablier en deux endroits.

09h40
« D'abord les gens, ensuite les maisons »
Pour le maire, Victor Lenoir, c'est « d'abord les gens, ensuite les maisons et seulement après les routes », a-t-il dit.

09h05
Pas de cours dans les écoles du bas
Les trois écoles du bas de la ville n'ont pas ouvert ce matin et les élèves ont été accueillis au collège voisin.
)",
         "« D'abord les gens, ensuite les maisons »"},
    };
    for (const Row& r : rows) {
        CAPTURE(r.lang);
        const Article a = classify(segment(r.page), r.lang);
        CHECK(section_headed(a, r.heading));
    }
}

TEST_CASE("an Italian page's time of its last change in parentheses is the updated date", "[dates][gen]") {
    const DateLine d = read_dates("15 giugno 2026 (modifica il 15 giugno 2026 | 11:42)", "it");
    CHECK(d.published.value_or("") == "2026-06-15");
    CHECK(d.updated.value_or("") == "2026-06-15T11:42");
    CHECK(read_dates("ultima modifica 3 marzo 2026, 18:05", "it").updated.value_or("") == "2026-03-03T18:05");
}

TEST_CASE("a cue of telling in Portuguese and an Italian clitic of the person told", "[quotes][cue_forms][gen]") {
    quote_rows::check_quotes({
        {"pt", {"“Saímos de casa de madrugada”, contou à rádio local um morador, Joaquim Serra."},
         "Saímos de casa de madrugada", "Joaquim Serra"},
        {"pt", {"A vizinha Joana Reis relatou que a água subiu mais de um metro numa hora."},
         "a água subiu mais de um metro numa hora", "Joana Reis"},
        {"it", {"Il sindaco Marco Berti mi ha detto che la strada riaprirà lunedì mattina."},
         "la strada riaprirà lunedì mattina", "Marco Berti", "Il sindaco Marco Berti"},
        {"it", {"La presidente Anna Ferri vi ha spiegato che i lavori dureranno tre mesi."},
         "i lavori dureranno tre mesi", "Anna Ferri", "La presidente Anna Ferri"},
    });
}
