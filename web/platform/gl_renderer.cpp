#include "platform/gl_renderer.hpp"

#include <GLES3/gl3.h>
#include <imgui.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>

namespace pw::platform {
namespace {

struct Renderer {
    GLuint program = 0, vao = 0, vbo = 0, ebo = 0, font_texture = 0;
    GLint projection = -1, texture = -1;
    ImVec4 shown{0, 0, -1, -1}; // the display area the projection was set for
};
Renderer r;

constexpr const char* kVertexShader = R"(#version 300 es
precision highp float;
layout (location = 0) in vec2 Position;
layout (location = 1) in vec2 UV;
layout (location = 2) in vec4 Color;
uniform mat4 ProjMtx;
out vec2 Frag_UV;
out vec4 Frag_Color;
void main() {
    Frag_UV = UV;
    Frag_Color = Color;
    gl_Position = ProjMtx * vec4(Position.xy, 0.0, 1.0);
})";

constexpr const char* kFragmentShader = R"(#version 300 es
precision mediump float;
uniform sampler2D Texture;
in vec2 Frag_UV;
in vec4 Frag_Color;
layout (location = 0) out vec4 Out_Color;
void main() {
    // The font atlas holds coverage alone (one byte a pixel): white with it as alpha.
    Out_Color = Frag_Color * vec4(1.0, 1.0, 1.0, texture(Texture, Frag_UV.st).r);
})";

GLuint compile(GLenum kind, const char* source) {
    const GLuint shader = glCreateShader(kind);
    glShaderSource(shader, 1, &source, nullptr);
    glCompileShader(shader);
    GLint ok = 0;
    glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
    if (!ok) {
        char log[512] = {};
        glGetShaderInfoLog(shader, sizeof log, nullptr, log);
        std::fprintf(stderr, "shader: %s\n", log);
    }
    return shader;
}

// What no frame changes: this renderer is the only user of the context, so
// it is set once (each WebGL call crosses into JavaScript; tests/bench: frame CPU).
void set_fixed_state() {
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glDisable(GL_CULL_FACE);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_STENCIL_TEST);
    glUseProgram(r.program);
    glUniform1i(r.texture, 0);
    glActiveTexture(GL_TEXTURE0);
    glBindVertexArray(r.vao);
    glBindBuffer(GL_ARRAY_BUFFER, r.vbo);
    r.shown = ImVec4(0, 0, -1, -1); // the projection is set again
}

// What a frame may change, set (never read back) at its start.
void set_state(const ImDrawData* d, int fb_width, int fb_height) {
    glEnable(GL_SCISSOR_TEST); // off between frames, for the next glClear
    glViewport(0, 0, fb_width, fb_height);
    const ImVec4 shown(d->DisplayPos.x, d->DisplayPos.y, d->DisplaySize.x, d->DisplaySize.y);
    if (shown.x == r.shown.x && shown.y == r.shown.y && shown.z == r.shown.z &&
        shown.w == r.shown.w)
        return;
    r.shown = shown;
    const float left = d->DisplayPos.x, right = d->DisplayPos.x + d->DisplaySize.x;
    const float top = d->DisplayPos.y, bottom = d->DisplayPos.y + d->DisplaySize.y;
    const float ortho[4][4] = {
        {2.0f / (right - left), 0.0f, 0.0f, 0.0f},
        {0.0f, 2.0f / (top - bottom), 0.0f, 0.0f},
        {0.0f, 0.0f, -1.0f, 0.0f},
        {(right + left) / (left - right), (top + bottom) / (bottom - top), 0.0f, 1.0f},
    };
    glUniformMatrix4fv(r.projection, 1, GL_FALSE, &ortho[0][0]);
}

} // namespace

bool renderer_init() {
    r.program = glCreateProgram();
    const GLuint vs = compile(GL_VERTEX_SHADER, kVertexShader);
    const GLuint fs = compile(GL_FRAGMENT_SHADER, kFragmentShader);
    glAttachShader(r.program, vs);
    glAttachShader(r.program, fs);
    glLinkProgram(r.program);
    glDeleteShader(vs);
    glDeleteShader(fs);
    GLint linked = 0;
    glGetProgramiv(r.program, GL_LINK_STATUS, &linked);
    if (!linked) return false;
    r.projection = glGetUniformLocation(r.program, "ProjMtx");
    r.texture = glGetUniformLocation(r.program, "Texture");

    glGenVertexArrays(1, &r.vao);
    glGenBuffers(1, &r.vbo);
    glGenBuffers(1, &r.ebo);
    glBindVertexArray(r.vao);
    glBindBuffer(GL_ARRAY_BUFFER, r.vbo);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, r.ebo); // kept by the vertex array
    glEnableVertexAttribArray(0);
    glEnableVertexAttribArray(1);
    glEnableVertexAttribArray(2);
    const auto offset = [](std::size_t bytes) { return reinterpret_cast<const void*>(bytes); };
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert),
                          offset(offsetof(ImDrawVert, pos)));
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert),
                          offset(offsetof(ImDrawVert, uv)));
    glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, sizeof(ImDrawVert),
                          offset(offsetof(ImDrawVert, col)));
    set_fixed_state(); // the vertex array stays bound

    ImGuiIO& io = ImGui::GetIO();
    io.BackendRendererName = "protocolwijzer_webgl2";
    return true;
}

void renderer_upload_fonts() {
    ImGuiIO& io = ImGui::GetIO();
    // Coverage alone, one byte a pixel (the shader makes it white with that
    // alpha): a quarter of the upload, and no conversion on the way to the
    // first screen. Not GetTexDataAsRGBA32(), which would build a missing
    // atlas with ImGui's built-in font and so link its data into the module
    // (see ui/fonts.cpp).
    const int width = io.Fonts->TexWidth, height = io.Fonts->TexHeight;
    const unsigned char* alpha = io.Fonts->TexPixelsAlpha8;
    if (!alpha) return;
    if (r.font_texture) glDeleteTextures(1, &r.font_texture);
    glGenTextures(1, &r.font_texture);
    glBindTexture(GL_TEXTURE_2D, r.font_texture);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, alpha);
    io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(r.font_texture)));
}

void renderer_draw(const ImDrawData* d, int fb_width, int fb_height) {
    if (!d || fb_width <= 0 || fb_height <= 0) return;
    set_state(d, fb_width, fb_height);
    // ImGui works in device pixels here (DisplayFramebufferScale 1), see main_web.cpp.
    const ImVec2 clip_off = d->DisplayPos;
    const ImVec2 clip_scale = d->FramebufferScale;
    // Each WebGL call crosses into JavaScript and is validated there: the
    // scissor and texture are set only when they change (most commands share both).
    constexpr GLuint kNoTexture = ~0u; // not a texture name: the first command binds
    GLint last_scissor[4] = {};
    bool scissor_set = false;
    GLuint last_texture = kNoTexture;
    for (int n = 0; n < d->CmdListsCount; ++n) {
        const ImDrawList* list = d->CmdLists[n];
        glBufferData(GL_ARRAY_BUFFER,
                     static_cast<GLsizeiptr>(list->VtxBuffer.Size * sizeof(ImDrawVert)),
                     list->VtxBuffer.Data, GL_STREAM_DRAW);
        glBufferData(GL_ELEMENT_ARRAY_BUFFER,
                     static_cast<GLsizeiptr>(list->IdxBuffer.Size * sizeof(ImDrawIdx)),
                     list->IdxBuffer.Data, GL_STREAM_DRAW);
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            if (cmd.UserCallback) {
                if (cmd.UserCallback == ImDrawCallback_ResetRenderState) {
                    set_fixed_state();
                    set_state(d, fb_width, fb_height);
                } else
                    cmd.UserCallback(list, &cmd);
                last_texture = kNoTexture; // whatever the callback set is set again
                scissor_set = false;
                continue;
            }
            const ImVec2 lo((cmd.ClipRect.x - clip_off.x) * clip_scale.x,
                            (cmd.ClipRect.y - clip_off.y) * clip_scale.y);
            const ImVec2 hi((cmd.ClipRect.z - clip_off.x) * clip_scale.x,
                            (cmd.ClipRect.w - clip_off.y) * clip_scale.y);
            if (hi.x <= lo.x || hi.y <= lo.y) continue;
            const GLint scissor[4] = {
                static_cast<GLint>(lo.x), static_cast<GLint>(static_cast<float>(fb_height) - hi.y),
                static_cast<GLsizei>(hi.x - lo.x), static_cast<GLsizei>(hi.y - lo.y)};
            if (!scissor_set || !std::equal(scissor, scissor + 4, last_scissor)) {
                glScissor(scissor[0], scissor[1], scissor[2], scissor[3]);
                std::copy(scissor, scissor + 4, last_scissor);
                scissor_set = true;
            }
            const auto texture =
                static_cast<GLuint>(reinterpret_cast<std::intptr_t>(cmd.GetTexID()));
            if (texture != last_texture) {
                glBindTexture(GL_TEXTURE_2D, texture);
                last_texture = texture;
            }
            glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(cmd.ElemCount),
                           sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT,
                           reinterpret_cast<const void*>(cmd.IdxOffset * sizeof(ImDrawIdx)));
        }
    }
    glDisable(GL_SCISSOR_TEST); // so that the next frame's glClear clears everything
}

} // namespace pw::platform
