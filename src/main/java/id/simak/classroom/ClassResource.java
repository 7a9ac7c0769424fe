package id.simak.classroom;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import id.simak.account.Viewer;
import id.simak.classroom.ClassViews.AssignmentRequest;
import id.simak.classroom.ClassViews.AssignmentView;
import id.simak.classroom.ClassViews.ClassDetail;
import id.simak.classroom.ClassViews.ClassRequest;
import id.simak.classroom.ClassViews.ClassSummary;
import id.simak.classroom.ClassViews.JoinRequest;
import id.simak.web.ApiException;

/** The classes API: a teacher's classes, members and assignments; a learner's joining, leaving and assignments. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = "basic")
@Tag(name = "Kelas")
public class ClassResource {

    @Inject
    ClassService classes;

    @Inject
    Viewer viewer;

    @GET
    @Path("classes")
    @Operation(summary = "Kelas saya", description = "Guru: kelas yang dibuatnya (dengan kode dan jumlah anggota). "
            + "Murid: kelas yang diikutinya (nama, guru, jumlah tugas).")
    public List<ClassSummary> list() {
        return classes.classesOf(viewer.account());
    }

    @POST
    @Path("classes")
    @RolesAllowed("TEACHER")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Buat kelas (hanya guru)", description = "Kirim {\"name\"} (wajib, paling banyak 100 "
            + "karakter). Kelas baru mendapat kode gabung 6 karakter.")
    @APIResponse(responseCode = "201", description = "Kelas dibuat")
    @APIResponse(responseCode = "400", description = "Nama tidak valid")
    @APIResponse(responseCode = "403", description = "Bukan guru")
    public Response create(ClassRequest request) {
        ClassDetail c = classes.create(viewer.account(), request == null ? null : request.name());
        return Response.created(URI.create("/api/classes/" + c.id())).entity(c).build();
    }

    @GET
    @Path("classes/{id}")
    @Operation(summary = "Satu kelas", description = "Guru pemilik: kode, anggota dan tugas. Anggota murid: nama "
            + "kelas, nama guru dan tugas (tanpa daftar anggota).")
    @APIResponse(responseCode = "403", description = "Kelas guru lain, atau murid yang bukan anggota")
    @APIResponse(responseCode = "404", description = "Kelas tidak ada")
    public ClassDetail get(@PathParam("id") long id) {
        return classes.detail(viewer.account(), id);
    }

    @PUT
    @Path("classes/{id}")
    @RolesAllowed("TEACHER")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ubah nama kelas, arsipkan atau pulihkan (hanya guru pemilik)",
            description = "Kirim {\"name\", \"archived\"}: name wajib; archived boleh tidak dikirim (tetap). "
                    + "Kelas yang diarsipkan tidak menerima anggota baru dan tugasnya tidak ditampilkan ke murid.")
    @APIResponse(responseCode = "400", description = "Nama tidak valid")
    @APIResponse(responseCode = "403", description = "Bukan guru, atau kelas guru lain")
    @APIResponse(responseCode = "404", description = "Kelas tidak ada")
    public ClassDetail update(@PathParam("id") long id, ClassRequest request) {
        if (request == null) {
            throw ApiException.invalid("name", "Nama kelas wajib diisi.");
        }
        return classes.update(viewer.account(), id, request.name(), request.archived());
    }

    @DELETE
    @Path("classes/{id}")
    @RolesAllowed("TEACHER")
    @Operation(summary = "Hapus kelas beserta keanggotaan dan tugasnya (hanya guru pemilik)")
    @APIResponse(responseCode = "204", description = "Kelas dihapus")
    @APIResponse(responseCode = "403", description = "Bukan guru, atau kelas guru lain")
    @APIResponse(responseCode = "404", description = "Kelas tidak ada")
    public Response delete(@PathParam("id") long id) {
        classes.delete(viewer.account(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("classes/{id}/code")
    @RolesAllowed("TEACHER")
    @Operation(summary = "Buat kode gabung baru (hanya guru pemilik)", description = "Kode lama tidak berlaku lagi; "
            + "anggota yang sudah bergabung tetap.")
    @APIResponse(responseCode = "403", description = "Bukan guru, atau kelas guru lain")
    @APIResponse(responseCode = "404", description = "Kelas tidak ada")
    public ClassDetail newCode(@PathParam("id") long id) {
        return classes.newCode(viewer.account(), id);
    }

    @DELETE
    @Path("classes/{id}/members/{username}")
    @RolesAllowed("TEACHER")
    @Operation(summary = "Keluarkan anggota dari kelas (hanya guru pemilik)")
    @APIResponse(responseCode = "204", description = "Anggota dikeluarkan")
    @APIResponse(responseCode = "403", description = "Bukan guru, atau kelas guru lain")
    @APIResponse(responseCode = "404", description = "Kelas tidak ada atau akun bukan anggota")
    public Response removeMember(@PathParam("id") long id, @PathParam("username") String username) {
        classes.removeMember(viewer.account(), id, username);
        return Response.noContent().build();
    }

    @POST
    @Path("classes/join")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Bergabung ke kelas dengan kodenya (murid)", description = "Kirim {\"code\"}; huruf besar "
            + "atau kecil, spasi dan tanda hubung diabaikan. Bergabung lagi tidak mengubah apa pun (200).")
    @APIResponse(responseCode = "200", description = "Sudah menjadi anggota: kelas seperti yang dilihat anggota")
    @APIResponse(responseCode = "400", description = "Kode kosong")
    @APIResponse(responseCode = "403", description = "Guru tidak bergabung ke kelas")
    @APIResponse(responseCode = "404", description = "Kode tidak dikenal")
    @APIResponse(responseCode = "409", description = "Kelas sudah diarsipkan")
    public ClassDetail join(JoinRequest request) {
        return classes.join(viewer.account(), request == null ? null : request.code()).classroom();
    }

    @POST
    @Path("classes/{id}/leave")
    @Operation(summary = "Keluar dari kelas (murid)", description = "Keluar dari kelas yang tidak diikuti tidak "
            + "mengubah apa pun.")
    @APIResponse(responseCode = "204", description = "Tidak lagi anggota")
    @APIResponse(responseCode = "404", description = "Kelas tidak ada")
    public Response leave(@PathParam("id") long id) {
        classes.leave(viewer.account(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("classes/{id}/assignments")
    @RolesAllowed("TEACHER")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Tugaskan set soal ke kelas (hanya guru pemilik)", description = "Kirim {\"setId\", \"due\", "
            + "\"note\"}: set yang sudah diterbitkan, milik guru atau dari artikelnya; due tanggal ISO (2026-12-07, "
            + "berarti akhir hari itu) atau tanggal-waktu (2026-12-07T10:00, zona sekolah, atau dengan offset), "
            + "tidak boleh lewat; note boleh kosong (paling banyak 500 karakter).")
    @APIResponse(responseCode = "201", description = "Tugas dibuat")
    @APIResponse(responseCode = "400", description = "Set belum diterbitkan, tenggat kosong, salah bentuk atau lewat")
    @APIResponse(responseCode = "403", description = "Bukan guru, kelas guru lain, atau set milik orang lain")
    @APIResponse(responseCode = "404", description = "Kelas atau set tidak ada")
    @APIResponse(responseCode = "409", description = "Set ini sudah ditugaskan ke kelas ini")
    public Response assign(@PathParam("id") long id, AssignmentRequest request) {
        AssignmentRequest r = request == null ? new AssignmentRequest(null, null, null) : request;
        AssignmentView a = classes.assign(viewer.account(), id, r.setId(), r.due(), r.note());
        return Response.created(URI.create("/api/classes/" + id + "/assignments/" + a.id())).entity(a).build();
    }

    @PUT
    @Path("classes/{id}/assignments/{assignmentId}")
    @RolesAllowed("TEACHER")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ubah tenggat dan catatan tugas (hanya guru pemilik)",
            description = "Kirim {\"due\", \"note\"}: due wajib dan tidak boleh lewat; note kosong menghapus catatan.")
    @APIResponse(responseCode = "400", description = "Tenggat kosong, salah bentuk atau lewat")
    @APIResponse(responseCode = "403", description = "Bukan guru, atau kelas guru lain")
    @APIResponse(responseCode = "404", description = "Kelas atau tugas tidak ada")
    public AssignmentView change(@PathParam("id") long id, @PathParam("assignmentId") long assignmentId,
            AssignmentRequest request) {
        AssignmentRequest r = request == null ? new AssignmentRequest(null, null, null) : request;
        return classes.change(viewer.account(), id, assignmentId, r.due(), r.note());
    }

    @DELETE
    @Path("classes/{id}/assignments/{assignmentId}")
    @RolesAllowed("TEACHER")
    @Operation(summary = "Hapus tugas dari kelas (hanya guru pemilik)")
    @APIResponse(responseCode = "204", description = "Tugas dihapus")
    @APIResponse(responseCode = "403", description = "Bukan guru, atau kelas guru lain")
    @APIResponse(responseCode = "404", description = "Kelas atau tugas tidak ada")
    public Response unassign(@PathParam("id") long id, @PathParam("assignmentId") long assignmentId) {
        classes.unassign(viewer.account(), id, assignmentId);
        return Response.noContent().build();
    }

    @GET
    @Path("assignments")
    @Operation(summary = "Tugas saya dari semua kelas yang saya ikuti", description = "Tenggat terdekat dulu; "
            + "overdue=true bila tenggat sudah lewat; quizUrl halaman untuk mengerjakannya.")
    public List<AssignmentView> assignments() {
        return classes.assignmentsOf(viewer.account());
    }
}
