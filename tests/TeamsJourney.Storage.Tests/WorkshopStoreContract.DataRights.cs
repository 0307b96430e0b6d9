using TeamsJourney.Storage;
using static TeamsJourney.Storage.Tests.Builders.ConversationBuilder;
using static TeamsJourney.Storage.Tests.Builders.EventBuilder;
using static TeamsJourney.Storage.Tests.Builders.WorkshopBuilder;

namespace TeamsJourney.Storage.Tests;

/// <summary>Deleting a workshop, listing workshops for retention, and the audit trail (issue 14: data rights).</summary>
public abstract partial class WorkshopStoreContract
{
    [Fact]
    public async Task Deleting_a_workshop_removes_its_header_events_streams_idempotency_keys_bindings_and_listing()
    {
        var header = await GivenAWorkshopAsync(AWorkshop().InTenant("tenant-delete").InTeam("team-1"));
        await GivenAppendedAsync(header.WorkshopId, "group-1", 0, Events(3), idempotencyKey: "delivery-1");
        await GivenAppendedAsync(header.WorkshopId, "workshop", 0, Events(1));
        var binding = AConversation($"19:{Guid.NewGuid():N}@thread.tacv2;messageid=1").InStream(header.WorkshopId, "group-1").Build();
        await Store.SaveConversationAsync(binding);

        Assert.True(await Store.DeleteWorkshopAsync(header.WorkshopId));

        Assert.Null(await Store.GetWorkshopAsync(header.WorkshopId));
        Assert.Empty(await Store.ReadWorkshopAsync(header.WorkshopId));
        Assert.Empty(await Store.ListStreamsAsync(header.WorkshopId));
        Assert.False(await Store.HasProcessedAsync(header.WorkshopId, "delivery-1"));
        Assert.Null(await Store.FindConversationAsync(binding.ConversationId));
        Assert.Empty(await Store.ListWorkshopsAsync("tenant-delete", null, null));
        Assert.DoesNotContain(await Store.ListAllWorkshopsAsync(), h => h.WorkshopId == header.WorkshopId);
    }

    [Fact]
    public async Task Deleting_a_workshop_forgets_the_people_seen_and_the_delivery_claims_of_its_conversations()
    {
        var doomed = await GivenAWorkshopAsync();
        var kept = await GivenAWorkshopAsync();
        var doomedThread = AConversation($"19:{Guid.NewGuid():N}@thread.tacv2;messageid=3").InStream(doomed.WorkshopId, "group-1").Build();
        var keptThread = AConversation($"19:{Guid.NewGuid():N}@thread.tacv2;messageid=4").InStream(kept.WorkshopId, "group-1").Build();
        foreach (var binding in new[] { doomedThread, keptThread })
        {
            await Store.SaveConversationAsync(binding);
            await Store.RememberConversationMemberAsync(binding.ConversationId, "29:member-a", Now);
            await Store.ClaimDeliveryAsync(binding.ConversationId, "1700000000001", Now, Now.AddMinutes(2));
            await Store.CompleteDeliveryAsync(binding.ConversationId, "1700000000001");
        }

        Assert.True(await Store.DeleteWorkshopAsync(doomed.WorkshopId));

        Assert.Empty(await Store.ListConversationMembersAsync(doomedThread.ConversationId, 60));
        Assert.Equal(DeliveryClaim.Claimed, await Store.ClaimDeliveryAsync(doomedThread.ConversationId, "1700000000001", Now, Now.AddMinutes(2)));
        Assert.Equal(["29:member-a"], await Store.ListConversationMembersAsync(keptThread.ConversationId, 60));
        Assert.Equal(DeliveryClaim.Completed, await Store.ClaimDeliveryAsync(keptThread.ConversationId, "1700000000001", Now, Now.AddMinutes(2)));
        Assert.Equal(keptThread, await Store.FindConversationAsync(keptThread.ConversationId));
    }

    [Fact]
    public async Task Deleting_a_workshop_forgets_its_time_box_and_keeps_other_workshops_due()
    {
        var doomed = await GivenAWorkshopAsync();
        var kept = await GivenAWorkshopAsync();
        var due = new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);
        await Store.SaveDueAtAsync(doomed.WorkshopId, due);
        await Store.SaveDueAtAsync(kept.WorkshopId, due);

        Assert.True(await Store.DeleteWorkshopAsync(doomed.WorkshopId));

        var listed = await Store.ListDueAsync(due);
        Assert.DoesNotContain(doomed.WorkshopId, listed);
        Assert.Contains(kept.WorkshopId, listed);
    }

    [Fact]
    public async Task Deleting_a_workshop_leaves_other_workshops_and_their_bindings_untouched()
    {
        var doomed = await GivenAWorkshopAsync();
        var kept = await GivenAWorkshopAsync();
        await GivenAppendedAsync(kept.WorkshopId, "group-1", 0, Events(2));
        var keptBinding = AConversation($"19:{Guid.NewGuid():N}@thread.tacv2;messageid=2").InStream(kept.WorkshopId, "group-1").Build();
        await Store.SaveConversationAsync(keptBinding);

        Assert.True(await Store.DeleteWorkshopAsync(doomed.WorkshopId));

        Assert.Equal(kept, await Store.GetWorkshopAsync(kept.WorkshopId));
        Assert.Equal(2, (await Store.ReadWorkshopAsync(kept.WorkshopId)).Count);
        Assert.Equal(keptBinding, await Store.FindConversationAsync(keptBinding.ConversationId));
    }

    [Fact]
    public async Task Deleting_an_unknown_workshop_returns_false_and_a_second_deletion_too()
    {
        var header = await GivenAWorkshopAsync();

        Assert.True(await Store.DeleteWorkshopAsync(header.WorkshopId));
        Assert.False(await Store.DeleteWorkshopAsync(header.WorkshopId));
        Assert.False(await Store.DeleteWorkshopAsync("never-created"));
    }

    [Fact]
    public async Task A_deleted_workshop_id_can_be_created_again_from_scratch()
    {
        var header = await GivenAWorkshopAsync();
        await GivenAppendedAsync(header.WorkshopId, "group-1", 0, Events(2));
        Assert.True(await Store.DeleteWorkshopAsync(header.WorkshopId));

        Assert.True(await Store.TryCreateWorkshopAsync(header, "workshop", Events(1)));

        Assert.Equal(new AppendResult(AppendStatus.Appended, 1), await Store.AppendAsync(header.WorkshopId, "group-1", 0, Events(1), null));
    }

    [Fact]
    public async Task ListAllWorkshops_returns_every_tenants_workshops_oldest_first()
    {
        var start = new DateTimeOffset(2024, 1, 1, 9, 0, 0, TimeSpan.Zero);
        var newer = await GivenAWorkshopAsync(AWorkshop().InTenant("tenant-a").CreatedAt(start.AddDays(2)));
        var older = await GivenAWorkshopAsync(AWorkshop().InTenant("tenant-b").CreatedAt(start));

        var all = await Store.ListAllWorkshopsAsync();

        Assert.Equal([older, newer], all.Where(h => h == older || h == newer));
        Assert.True(all.ToList().IndexOf(older) < all.ToList().IndexOf(newer));
    }

    [Fact]
    public async Task The_audit_trail_keeps_every_line_in_order_and_outlives_the_workshop()
    {
        var header = await GivenAWorkshopAsync();
        var at = new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
        var exported = new AuditEntry(header.WorkshopId, header.TenantId, "exported", "aad-priya", "Priya Shah", at, "workshop.json + 2 documents");
        var sameMoment = exported with { Action = "documents-regenerated", Detail = null };
        var deleted = new AuditEntry(header.WorkshopId, header.TenantId, "deleted", "aad-priya", "Priya Shah", at.AddMinutes(5), "confirmed with the title");

        await Store.AppendAuditAsync(exported);
        await Store.AppendAuditAsync(sameMoment);
        await Store.AppendAuditAsync(deleted);
        Assert.True(await Store.DeleteWorkshopAsync(header.WorkshopId));

        var trail = await Store.ReadAuditAsync(header.WorkshopId);
        Assert.Equal(3, trail.Count);
        Assert.Equal(deleted, trail[2]);
        Assert.Equal(new[] { exported, sameMoment }.OrderBy(e => e.Action), trail.Take(2).OrderBy(e => e.Action));
        Assert.Empty(await Store.ReadAuditAsync("another-workshop"));
    }

    [Fact]
    public async Task An_audit_line_with_a_too_long_detail_is_refused_before_anything_is_written()
    {
        var header = await GivenAWorkshopAsync();

        await Assert.ThrowsAsync<StorageLimitException>(() => Store.AppendAuditAsync(
            new AuditEntry(header.WorkshopId, header.TenantId, "exported", "aad-1", "A", DateTimeOffset.UtcNow, new string('d', StorageLimits.MaxTitleLength + 1))));

        Assert.Empty(await Store.ReadAuditAsync(header.WorkshopId));
    }
}
