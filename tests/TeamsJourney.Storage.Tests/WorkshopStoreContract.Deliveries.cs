using TeamsJourney.Storage;

namespace TeamsJourney.Storage.Tests;

public abstract partial class WorkshopStoreContract
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(AwkwardConversationIds))]
    public async Task A_new_delivery_is_claimed_once_and_a_redelivery_is_in_progress(string conversationId)
    {
        Assert.Equal(DeliveryClaim.Claimed, await Store.ClaimDeliveryAsync(conversationId, "1700000000001", Now, Now.AddMinutes(2)));

        Assert.Equal(DeliveryClaim.InProgress, await Store.ClaimDeliveryAsync(conversationId, "1700000000001", Now.AddSeconds(15), Now.AddMinutes(3)));
    }

    [Fact]
    public async Task A_completed_delivery_stays_completed_even_after_its_lease()
    {
        await Store.ClaimDeliveryAsync("19:abc@thread.tacv2", "a/1#?", Now, Now.AddMinutes(2));
        await Store.CompleteDeliveryAsync("19:abc@thread.tacv2", "a/1#?");

        Assert.Equal(DeliveryClaim.Completed, await Store.ClaimDeliveryAsync("19:abc@thread.tacv2", "a/1#?", Now.AddHours(1), Now.AddHours(2)));
    }

    [Fact]
    public async Task A_released_delivery_can_be_claimed_again()
    {
        await Store.ClaimDeliveryAsync("19:abc@thread.tacv2", "1", Now, Now.AddMinutes(2));
        await Store.ReleaseDeliveryAsync("19:abc@thread.tacv2", "1");

        Assert.Equal(DeliveryClaim.Claimed, await Store.ClaimDeliveryAsync("19:abc@thread.tacv2", "1", Now.AddSeconds(1), Now.AddMinutes(2)));
    }

    [Fact]
    public async Task An_abandoned_claim_is_taken_over_after_its_lease()
    {
        await Store.ClaimDeliveryAsync("19:abc@thread.tacv2", "1", Now, Now.AddMinutes(2));

        Assert.Equal(DeliveryClaim.Claimed, await Store.ClaimDeliveryAsync("19:abc@thread.tacv2", "1", Now.AddMinutes(3), Now.AddMinutes(5)));
        Assert.Equal(DeliveryClaim.InProgress, await Store.ClaimDeliveryAsync("19:abc@thread.tacv2", "1", Now.AddMinutes(4), Now.AddMinutes(6)));
    }

    [Fact]
    public async Task The_same_activity_id_in_another_conversation_is_another_delivery()
    {
        await Store.ClaimDeliveryAsync("19:abc@thread.tacv2;messageid=1", "1", Now, Now.AddMinutes(2));

        Assert.Equal(DeliveryClaim.Claimed, await Store.ClaimDeliveryAsync("19:abc@thread.tacv2;messageid=2", "1", Now, Now.AddMinutes(2)));
    }

    [Fact]
    public async Task Of_many_concurrent_claims_of_one_delivery_exactly_one_wins()
    {
        var claims = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Task.Run(() => Store.ClaimDeliveryAsync("19:abc@thread.tacv2", "race", Now, Now.AddMinutes(2)))));

        Assert.Single(claims, c => c == DeliveryClaim.Claimed);
    }

    [Fact]
    public async Task Releasing_a_completed_delivery_keeps_it_completed()
    {
        await Store.ClaimDeliveryAsync("19:abc@thread.tacv2", "1", Now, Now.AddMinutes(2));
        await Store.CompleteDeliveryAsync("19:abc@thread.tacv2", "1");
        await Store.ReleaseDeliveryAsync("19:abc@thread.tacv2", "1");

        Assert.Equal(DeliveryClaim.Completed, await Store.ClaimDeliveryAsync("19:abc@thread.tacv2", "1", Now, Now.AddMinutes(2)));
    }

    [Fact]
    public async Task Deliveries_completed_together_are_each_completed_and_others_stay_held()
    {
        foreach (var id in new[] { "1", "2", "3" })
        {
            await Store.ClaimDeliveryAsync("19:abc@thread.tacv2", id, Now, Now.AddMinutes(2));
        }

        await Store.CompleteDeliveriesAsync([("19:abc@thread.tacv2", "1"), ("19:abc@thread.tacv2", "3")]);
        await Store.CompleteDeliveriesAsync([]);

        Assert.Equal(DeliveryClaim.Completed, await Store.ClaimDeliveryAsync("19:abc@thread.tacv2", "1", Now.AddHours(1), Now.AddHours(2)));
        Assert.Equal(DeliveryClaim.Claimed, await Store.ClaimDeliveryAsync("19:abc@thread.tacv2", "2", Now.AddHours(1), Now.AddHours(2)));
        Assert.Equal(DeliveryClaim.Completed, await Store.ClaimDeliveryAsync("19:abc@thread.tacv2", "3", Now.AddHours(1), Now.AddHours(2)));
    }

    [Fact]
    public async Task Completing_a_batch_completes_every_delivery_of_every_conversation_once_each()
    {
        // 150 in one conversation (more than one entity-group transaction holds), 3 in others, and one named twice.
        var many = Enumerable.Range(1, 150).Select(i => ("19:busy@thread.tacv2", $"{i}")).ToList();
        var others = Enumerable.Range(1, 3).Select(i => ($"19:quiet-{i}@thread.tacv2", "1")).ToList();
        foreach (var (conversationId, activityId) in many.Concat(others))
        {
            Assert.Equal(DeliveryClaim.Claimed, await Store.ClaimDeliveryAsync(conversationId, activityId, Now, Now.AddMinutes(2)));
        }

        await Store.CompleteDeliveriesAsync([.. many, .. others, ("19:busy@thread.tacv2", "7")]);

        foreach (var (conversationId, activityId) in many.Concat(others))
        {
            Assert.Equal(DeliveryClaim.Completed, await Store.ClaimDeliveryAsync(conversationId, activityId, Now.AddHours(1), Now.AddHours(2)));
        }

        Assert.Equal(DeliveryClaim.Claimed, await Store.ClaimDeliveryAsync("19:busy@thread.tacv2", "151", Now, Now.AddMinutes(2)));
    }

    [Fact]
    public async Task A_batch_with_a_blank_delivery_is_refused_before_anything_is_written()
    {
        Assert.Equal(DeliveryClaim.Claimed, await Store.ClaimDeliveryAsync("19:abc@thread.tacv2", "1", Now, Now.AddMinutes(2)));

        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.CompleteDeliveriesAsync([("19:abc@thread.tacv2", "1"), ("19:abc@thread.tacv2", " ")]));

        Assert.Equal(DeliveryClaim.InProgress, await Store.ClaimDeliveryAsync("19:abc@thread.tacv2", "1", Now, Now.AddMinutes(2)));
    }
}
