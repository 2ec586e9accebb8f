# Declarative helpers shared by every target of the project (the Qt Creator habit: one place for flags).

# Strict Qt: no implicit ASCII casts, no `signals`/`slots` keywords, no API deprecated up to 6.4.
set(VARDINKORG_QT_DEFINITIONS
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_KEYWORDS
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

set(VARDINKORG_WARNINGS -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual -Wnull-dereference -Wformat=2 -Wimplicit-fallthrough)

if(VARDINKORG_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()

# libFuzzer build (clang only, build/fuzz via scripts/fuzz): everything is instrumented for coverage and checked
# by ASan/UBSan; only the fuzz targets link libFuzzer's main.
if(VARDINKORG_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "VARDINKORG_FUZZ needs clang (CXX=clang++-14)")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                        -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()

if(VARDINKORG_CLANG_TIDY)
    find_program(CLANG_TIDY_PROGRAM NAMES clang-tidy-14 clang-tidy REQUIRED)
endif()

# vardinkorg_strict(<target>): project-wide definitions and warnings for our own code.
function(vardinkorg_strict target)
    target_compile_definitions(${target} PRIVATE ${VARDINKORG_QT_DEFINITIONS})
    target_compile_options(${target} PRIVATE ${VARDINKORG_WARNINGS})
    if(VARDINKORG_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    if(VARDINKORG_CLANG_TIDY)
        set_target_properties(${target} PROPERTIES CXX_CLANG_TIDY "${CLANG_TIDY_PROGRAM}")
    endif()
endfunction()

# vardinkorg_forbid_links(<target> <forbidden>...): fails the configure step when <target> reaches any of the
# forbidden libraries through its link closure. This is how "models never links Widgets or Gui" stays a fact.
function(vardinkorg_forbid_links target)
    set(pending ${target})
    set(seen "")
    while(pending)
        list(POP_FRONT pending current)
        if(current IN_LIST seen OR NOT TARGET ${current})
            continue()
        endif()
        list(APPEND seen ${current})
        get_target_property(aliased ${current} ALIASED_TARGET)
        if(aliased)
            list(APPEND pending ${aliased})
        endif()
        foreach(property LINK_LIBRARIES INTERFACE_LINK_LIBRARIES)
            get_target_property(libs ${current} ${property})
            if(libs)
                foreach(lib IN LISTS libs)
                    string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" lib "${lib}")
                    foreach(forbidden IN LISTS ARGN)
                        if(lib STREQUAL forbidden)
                            message(FATAL_ERROR "${target} must not link ${forbidden} (reached through ${current})")
                        endif()
                    endforeach()
                    list(APPEND pending ${lib})
                endforeach()
            endif()
        endforeach()
    endwhile()
endfunction()
